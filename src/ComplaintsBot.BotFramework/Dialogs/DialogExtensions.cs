using ComplaintsBot.BotFramework.Builder;

namespace ComplaintsBot.BotFramework.Dialogs;

/// <summary>Runs a root dialog for a turn, the way the SDK's bots do.</summary>
public static class DialogExtensions
{
    /// <summary>
    /// Continues the active dialog, or begins <paramref name="dialog"/> when the stack is empty. The stack
    /// is read through <paramref name="accessor"/>; saving the state is left to the caller (usually
    /// AutoSaveStateMiddleware or ConversationState.SaveChangesAsync at the end of the turn).
    /// </summary>
    public static async Task RunAsync(this Dialog dialog, ITurnContext turnContext, IStatePropertyAccessor<DialogState> accessor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        var dialogSet = new DialogSet(accessor);
        dialogSet.Add(dialog);

        var dc = await dialogSet.CreateContextAsync(turnContext, cancellationToken).ConfigureAwait(false);
        var result = await dc.ContinueDialogAsync(cancellationToken).ConfigureAwait(false);
        if (result.Status == DialogTurnStatus.Empty)
            await dc.BeginDialogAsync(dialog.Id, null, cancellationToken).ConfigureAwait(false);
    }
}
