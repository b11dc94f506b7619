namespace ComplaintsBot.BotFramework.Dialogs;

/// <summary>The persisted dialog stack of a conversation. The top (active) dialog is at index 0.</summary>
public class DialogState
{
    public DialogState() : this(null) { }

    public DialogState(List<DialogInstance>? stack) => DialogStack = stack ?? [];

    public List<DialogInstance> DialogStack { get; set; }
}
