namespace ComplaintsBot.BotFramework.Schema;

/// <summary>The Connector's error body: { error: { code, message, innerHttpError } }.</summary>
public class ErrorResponse : ExtensibleObject
{
    public Error? Error { get; set; }
}
