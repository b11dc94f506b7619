namespace ComplaintsBot.BotFramework.Schema;

/// <summary>Activity type names on the wire (compare ordinally).</summary>
public static class ActivityTypes
{
    public const string Message = "message";
    public const string ConversationUpdate = "conversationUpdate";
    public const string InstallationUpdate = "installationUpdate";
    public const string Invoke = "invoke";
    public const string Event = "event";
    public const string Typing = "typing";
    public const string MessageReaction = "messageReaction";
    public const string MessageUpdate = "messageUpdate";
    public const string MessageDelete = "messageDelete";
    public const string EndOfConversation = "endOfConversation";
    public const string Trace = "trace";
    /// <summary>SDK-internal pseudo-type: an invoke's answer parked for the HTTP layer; never on the wire.</summary>
    public const string InvokeResponse = "invokeResponse";
    /// <summary>SDK-internal pseudo-type: the adapter waits <c>value</c> milliseconds (default 1000); never on the wire.</summary>
    public const string Delay = "delay";
}
