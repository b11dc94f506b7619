namespace ComplaintsBot.BotFramework.Schema;

/// <summary>The answer to CreateConversation.</summary>
public class ConversationResourceResponse : ExtensibleObject
{
    public string? Id { get; set; }
    public string? ActivityId { get; set; }
    public string? ServiceUrl { get; set; }
}
