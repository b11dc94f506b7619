namespace ComplaintsBot.BotFramework.Schema;

/// <summary>
/// The message a message action was started on (MessagingExtensionAction.messagePayload, Teams' shape of a chat
/// message): who wrote it, when, and its body, HTML in Teams.
/// </summary>
public class MessageActionsPayload : ExtensibleObject
{
    public string? Id { get; set; }
    public string? ReplyToId { get; set; }
    public string? MessageType { get; set; }
    /// <summary>When it was posted (ISO 8601, UTC).</summary>
    public DateTimeOffset? CreatedDateTime { get; set; }
    public DateTimeOffset? LastModifiedDateTime { get; set; }
    public string? Subject { get; set; }
    public string? Locale { get; set; }
    public string? LinkToMessage { get; set; }
    public MessageActionsPayloadFrom? From { get; set; }
    public MessageActionsPayloadBody? Body { get; set; }
}

/// <summary>A message's body: <see cref="ContentType"/> is "html" or "text".</summary>
public class MessageActionsPayloadBody : ExtensibleObject
{
    public const string HtmlContentType = "html";

    public string? ContentType { get; set; }
    public string? Content { get; set; }
}

/// <summary>Who posted the message: a person, or an app (a bot or connector).</summary>
public class MessageActionsPayloadFrom : ExtensibleObject
{
    public MessageActionsPayloadUser? User { get; set; }
    public MessageActionsPayloadApp? Application { get; set; }
}

public class MessageActionsPayloadUser : ExtensibleObject
{
    /// <summary>The person's Entra object id.</summary>
    public string? Id { get; set; }
    public string? DisplayName { get; set; }
    public string? UserIdentityType { get; set; }
}

public class MessageActionsPayloadApp : ExtensibleObject
{
    public string? Id { get; set; }
    public string? DisplayName { get; set; }
    public string? ApplicationIdentityType { get; set; }
}
