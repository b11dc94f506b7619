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

    /// <summary>
    /// The Teams 1:1 chat between the bot and one user (the user's "29:" id, the bot's "28:" id), with the
    /// tenant both in tenantId and channelData.tenant.id, as Teams expects (send-proactive-messages).
    /// </summary>
    public static ConversationParameters ForPersonalChat(string botId, string userId, string tenantId)
    {
        ArgumentException.ThrowIfNullOrEmpty(botId);
        ArgumentException.ThrowIfNullOrEmpty(userId);
        ArgumentException.ThrowIfNullOrEmpty(tenantId);
        return new ConversationParameters
        {
            IsGroup = false,
            Bot = new ChannelAccount(botId),
            Members = [new ChannelAccount(userId)],
            TenantId = tenantId,
            ChannelData = new JsonObject { ["tenant"] = new JsonObject { ["id"] = tenantId } },
        };
    }
}
