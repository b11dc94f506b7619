using ComplaintsBot.BotFramework.Builder;
using ComplaintsBot.BotFramework.Dialogs;

namespace ComplaintsBot.Dialogs;

/// <summary>
/// A feature dialog that hears commands at any question: "cancel" stops it, "start again" begins it afresh,
/// "help" explains and asks the same question again; "my cases" and "case &lt;reference&gt;" are answered and
/// the question asked again; "log" says a contact is already being logged. Null-safe: card submits have no text.
/// </summary>
public abstract class InterruptibleDialog(string dialogId, ICaseLookup cases) : ComponentDialog(dialogId)
{
    public const string CancelledText = "Cancelled. Nothing was saved.";
    public const string StartingAgainText = "Starting again. Nothing was saved.";

    public const string NotYourSummaryText =
        "That summary is not the contact you are logging now: only the person who started a contact can save or change it, from its own summary. Nothing was saved; answer the question below.";

    /// <summary>Whether the dialog is waiting on a summary card (whose own prompt answers its buttons).</summary>
    protected virtual bool IsOnSummary(DialogContext innerDc) => false;

    /// <summary>What "help" says in this dialog, before the question is asked again.</summary>
    protected abstract string HelpText { get; }

    protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        var context = innerDc.Context;
        var command = BotCommand.Read(context.Activity);
        switch (command.Kind)
        {
            case CommandKind.Cancel:
                await context.SendActivityAsync(MessageFactory.Text(CancelledText), cancellationToken);
                return await innerDc.CancelAllDialogsAsync(cancellationToken);
            case CommandKind.StartAgain:
                await context.SendActivityAsync(MessageFactory.Text(StartingAgainText), cancellationToken);
                await innerDc.CancelAllDialogsAsync(cancellationToken);
                return await innerDc.BeginDialogAsync(InitialDialogId!, null, cancellationToken);
            case CommandKind.Help:
                await context.SendActivityAsync(MessageFactory.Text(HelpText), cancellationToken);
                return await RepromptAsync(innerDc, cancellationToken);
            case CommandKind.MyCases:
                await cases.SendMyCasesAsync(context, cancellationToken);
                return await RepromptAsync(innerDc, cancellationToken);
            case CommandKind.Case:
                await cases.SendCaseAsync(context, command.Argument, cancellationToken);
                return await RepromptAsync(innerDc, cancellationToken);
            case CommandKind.SaveContact or CommandKind.ChangeAnswer when !IsOnSummary(innerDc):
                // A summary card pressed while another question is open: an old card, or in a shared chat a colleague's.
                await context.SendActivityAsync(MessageFactory.Text(NotYourSummaryText), cancellationToken);
                return await RepromptAsync(innerDc, cancellationToken);
            case CommandKind.Log:
                await context.SendActivityAsync(MessageFactory.Text("You are already logging a contact. Answer the question below, or type **start again** to begin a new one."), cancellationToken);
                return await RepromptAsync(innerDc, cancellationToken);
            default:
                return await base.OnContinueDialogAsync(innerDc, cancellationToken);
        }
    }

    private static async Task<DialogTurnResult> RepromptAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        await innerDc.RepromptDialogAsync(cancellationToken);
        return EndOfTurn;
    }
}
