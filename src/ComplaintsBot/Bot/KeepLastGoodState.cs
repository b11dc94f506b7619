using System.Globalization;
using System.Security.Cryptography;
using ComplaintsBot.BotFramework.Builder;
using ComplaintsBot.BotFramework.Dialogs;

namespace ComplaintsBot.Bot;

/// <summary>
/// Runs the dialogs for one message so that a failed turn never loses what was typed: when anything in the turn
/// throws, what the turn changed is dropped, the state as last saved (every answer up to the question on screen)
/// is kept, the person is told in plain words with a reference they can quote, and the same question is asked
/// again. Only "cancel" discards a draft.
/// </summary>
public sealed class KeepLastGoodState(ILogger<KeepLastGoodState> logger)
{
    /// <summary>What the person reads after a failed turn in the middle of a dialog; {0} is the error reference.</summary>
    public const string FailedTurnText =
        "Sorry, something went wrong on my side with that (error reference {0}). Nothing you entered has been lost: " +
        "here is the question again. Type **cancel** only if you want to stop.";

    /// <summary>The same when no dialog was running (nothing had been entered).</summary>
    public const string FailedCommandText = "Sorry, something went wrong on my side (error reference {0}). Please try again, or type **help**.";

    private const string ReferenceAlphabet = "ABCDEFGHJKMNPQRSTVWXYZ23456789";

    /// <summary>Continues (or begins) <paramref name="root"/>; on failure reloads <paramref name="dialogsState"/> and asks again.</summary>
    public async Task RunAsync(Dialog root, ITurnContext turnContext, BotState dialogsState, IStatePropertyAccessor<DialogState> dialogStack, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(dialogsState);
        try
        {
            await root.RunAsync(turnContext, dialogStack, cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            var reference = NewReference();
            logger.LogError(ex, "A {Type} turn failed (error reference {ErrorReference}); the last saved dialog state is kept and its question asked again.",
                turnContext.Activity.Type, reference);
            // The failed turn may have half-changed the stack in memory: the last good state is the one stored. What the
            // failed attempt said and has not sent yet belongs to the state it abandons.
            await dialogsState.LoadAsync(turnContext, force: true, cancellationToken);
            ReplyOutbox.DiscardHeldBack(turnContext);
            var dialogs = new DialogSet(dialogStack);
            dialogs.Add(root);
            var dc = await dialogs.CreateContextAsync(turnContext, cancellationToken);
            var text = dc.ActiveDialog is null ? FailedCommandText : FailedTurnText;
            try
            {
                await turnContext.SendActivityAsync(MessageFactory.Text(string.Format(CultureInfo.InvariantCulture, text, reference)), cancellationToken);
                if (dc.ActiveDialog is not null) await dc.RepromptDialogAsync(cancellationToken);
            }
            catch (Exception again) when (!cancellationToken.IsCancellationRequested)
            {
                // Most likely the Connector is down, as it was for the turn: trying again would only hold the chat
                // longer. The answers are still stored; the next message continues from them.
                logger.LogError(again, "Could not tell the person about failed turn {ErrorReference} or ask the question again.", reference);
            }
        }
    }

    /// <summary>Eight letters and digits that cannot be misread (no 0/O, 1/I/L, U), for the person to quote.</summary>
    public static string NewReference()
    {
        Span<char> text = stackalloc char[8];
        for (var i = 0; i < text.Length; i++) text[i] = ReferenceAlphabet[RandomNumberGenerator.GetInt32(ReferenceAlphabet.Length)];
        return new string(text);
    }
}
