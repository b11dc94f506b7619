namespace ComplaintsBot.BotFramework.Dialogs;

/// <summary>What a dialog turn ended with.</summary>
public enum DialogTurnStatus
{
    /// <summary>No dialog was active on the stack.</summary>
    Empty,

    /// <summary>The active dialog is waiting for the user.</summary>
    Waiting,

    /// <summary>The dialog completed; the result is in DialogTurnResult.Result.</summary>
    Complete,

    /// <summary>The dialog was cancelled.</summary>
    Cancelled,

    /// <summary>The dialog completed but expects to continue on the next turn.</summary>
    CompleteAndWait,
}
