namespace ComplaintsBot.BotFramework.Schema;

/// <summary>One Connector error (Teams adds subCode, for example MessageWritesBlocked).</summary>
public class Error : ExtensibleObject
{
    public string? Code { get; set; }
    public string? Message { get; set; }
    public InnerHttpError? InnerHttpError { get; set; }
}
