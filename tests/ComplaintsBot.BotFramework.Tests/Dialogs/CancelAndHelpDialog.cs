using ComplaintsBot.BotFramework.Builder;
using ComplaintsBot.BotFramework.Dialogs;

namespace ComplaintsBot.BotFramework.Tests.Dialogs;

/// <summary>
/// The interruption pattern (core-bot's CancelAndHelpDialog), made safe for card submits: a submit has no
/// text, and calling ToLowerInvariant on it would throw. Feature dialogs inherit from this.
/// </summary>
public abstract class CancelAndHelpDialog(string id, bool cancelEverything = false) : ComponentDialog(id)
{
    protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken = default)
    {
        var text = innerDc.Context.Activity.Text?.Trim();
        if (string.Equals(text, "help", StringComparison.OrdinalIgnoreCase))
        {
            await innerDc.Context.SendActivityAsync("Answer the question, or say cancel.", cancellationToken: cancellationToken);
            return Dialog.EndOfTurn;
        }
        if (string.Equals(text, "cancel", StringComparison.OrdinalIgnoreCase) || string.Equals(text, "quit", StringComparison.OrdinalIgnoreCase))
        {
            await innerDc.Context.SendActivityAsync("Cancelling…", cancellationToken: cancellationToken);
            return await innerDc.CancelAllDialogsAsync(cancelEverything, cancellationToken);
        }
        return await base.OnContinueDialogAsync(innerDc, cancellationToken);
    }
}
