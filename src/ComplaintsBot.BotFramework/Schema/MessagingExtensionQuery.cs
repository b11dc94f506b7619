namespace ComplaintsBot.BotFramework.Schema;

/// <summary>The value of <c>composeExtension/query</c>: the search command, what was typed, and the page wanted.</summary>
public class MessagingExtensionQuery : ExtensibleObject
{
    public string? CommandId { get; set; }
    public List<MessagingExtensionParameter>? Parameters { get; set; }
    public MessagingExtensionQueryOptions? QueryOptions { get; set; }
    public string? State { get; set; }
}

/// <summary>One search field: its name (as the manifest's command parameter) and the text; "initialRun" on opening.</summary>
public class MessagingExtensionParameter : ExtensibleObject
{
    public const string InitialRun = "initialRun";

    public string? Name { get; set; }
    public System.Text.Json.Nodes.JsonNode? Value { get; set; }
}

public class MessagingExtensionQueryOptions : ExtensibleObject
{
    public int? Skip { get; set; }
    public int? Count { get; set; }
}

/// <summary>The answer to a search: <c>{composeExtension: {type: "result", attachmentLayout: "list", attachments}}</c>.</summary>
public class MessagingExtensionResponse : ExtensibleObject
{
    public MessagingExtensionResult? ComposeExtension { get; set; }
}

/// <summary>Results (type "result") or a message (type "message", <see cref="Text"/>).</summary>
public class MessagingExtensionResult : ExtensibleObject
{
    public const string ResultType = "result";
    public const string MessageType = "message";

    public string? Type { get; set; }
    public string? AttachmentLayout { get; set; }
    public List<MessagingExtensionAttachment>? Attachments { get; set; }
    public string? Text { get; set; }
}

/// <summary>A card to insert, with the <see cref="Preview"/> (a thumbnail card) the result list shows.</summary>
public class MessagingExtensionAttachment : Attachment
{
    public const string ThumbnailCardContentType = "application/vnd.microsoft.card.thumbnail";

    public Attachment? Preview { get; set; }
}
