namespace ComplaintsBot.BotFramework.Dialogs;

/// <summary>The outcome of a dialog operation: the stack's status and, on completion, the result.</summary>
public class DialogTurnResult
{
    public DialogTurnResult(DialogTurnStatus status, object? result = null)
    {
        Status = status;
        Result = result;
    }

    public DialogTurnStatus Status { get; set; }

    public object? Result { get; set; }

    /// <summary>True when the dialog that ended was the one started by the parent.</summary>
    public bool ParentEnded { get; set; }
}
