using System.Text.Json.Nodes;

namespace ComplaintsBot.BotFramework.Schema;

/// <summary>The body of CreateConversation (POST v3/conversations).</summary>
public class ConversationParameters : ExtensibleObject
{
    public bool? IsGroup { get; set; }
    public ChannelAccount? Bot { get; set; }
    public IList<ChannelAccount>? Members { get; set; }
    public string? TopicName { get; set; }
    public string? TenantId { get; set; }
    public Activity? Activity { get; set; }
    public JsonNode? ChannelData { get; set; }
}
