namespace ComplaintsBot.BotFramework.Schema;

/// <summary>
/// The value of <c>composeExtension/fetchTask</c> and <c>composeExtension/submitAction</c>: the command, where it was
/// started (<see cref="CommandContext"/>: "message", "compose" or "commandbox"), the message it was started on, and
/// on submit the dialog's inputs in <see cref="TaskModuleRequest.Data"/>.
/// </summary>
public class MessagingExtensionAction : TaskModuleRequest
{
    public const string MessageContext = "message";

    public string? CommandId { get; set; }
    public string? CommandContext { get; set; }
    /// <summary>"edit" or "send" when a bot message preview was answered; null otherwise.</summary>
    public string? BotMessagePreviewAction { get; set; }
    public MessageActionsPayload? MessagePayload { get; set; }
}

/// <summary>
/// The answer to a message action: <see cref="Task"/> shows a dialog (continue) or a message in it, and
/// <see cref="ComposeExtension"/> puts cards in the compose box. Neither closes the dialog.
/// </summary>
public class MessagingExtensionActionResponse : ExtensibleObject
{
    public TaskModuleResponseBase? Task { get; set; }
    public MessagingExtensionResult? ComposeExtension { get; set; }
}
