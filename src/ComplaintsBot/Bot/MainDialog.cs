using ComplaintsBot.BotFramework.Builder;
using ComplaintsBot.BotFramework.Dialogs;
using ComplaintsBot.Cases;
using ComplaintsBot.Dialogs;
using ComplaintsBot.Reports;
using ComplaintsBot.Workflows.CaseCard;
using ComplaintsBot.Workflows.ChannelFeed;
using ComplaintsBot.Workflows.LogContact;

namespace ComplaintsBot.Bot;

/// <summary>
/// The root of every conversation: reads what the staff member typed (or the card button they pressed)
/// and starts the matching feature dialog, or answers at once ("my cases", "case &lt;reference&gt;", "help").
/// </summary>
public sealed class MainDialog : ComponentDialog
{
    public const string HelpText =
        "I help you log every customer contact under your complaints policy and keep track of its deadlines.\n\n" +
        "- **log** or **new**: log a contact (service request, feedback, complaint or compliment)\n" +
        "- **log complaint** *reference* *name*: *what they say*: start logging with those filled in\n" +
        "- **my cases**: your open cases, soonest deadline first\n" +
        "- **case** *reference*: one case, e.g. case HOC-2026-00042\n" +
        "- **report** (managers): this month's complaint figures, or **report 2026-12** for a month\n" +
        "- **admin** (administrators): people, their roles and line managers\n" +
        "- **feed here** (administrators, in a team channel): post new complaints there; **feed off** to stop\n" +
        "- **cancel** or **start again**: at any question\n" +
        "- **help**: this message";

    private readonly CaseReplies _replies;
    private readonly ContactLogging _logging;
    private readonly MonthlyReportReply _report;

    private readonly Admin.AdminReply _admin;
    private readonly FeedCommand _feed;

    public MainDialog(LogContactDialog logContact, CaseReplies replies, ContactLogging logging, MonthlyReportReply report, Admin.AdminReply admin, FeedCommand feed) : base(nameof(MainDialog))
    {
        _admin = admin;
        _feed = feed;
        _replies = replies;
        _logging = logging;
        _report = report;
        AddDialog(new WaterfallDialog(nameof(MainDialog) + ".steps", [RouteAsync, FinishAsync]));
        AddDialog(logContact);
        InitialDialogId = nameof(MainDialog) + ".steps";
    }

    private async Task<DialogTurnResult> RouteAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var context = step.Context;
        var command = BotCommand.Read(context.Activity);
        switch (command.Kind)
        {
            case CommandKind.Log:
            case CommandKind.StartAgain:
                if (await _replies.MayLogAsync(context, cancellationToken))
                    return await step.BeginDialogAsync(nameof(LogContactDialog), command.Kind == CommandKind.Log ? command.Argument : null, cancellationToken);
                await context.SendActivityAsync(MessageFactory.Text(CaseReplies.NotOnStaffList), cancellationToken);
                break;
            case CommandKind.MyCases:
                await _replies.SendMyCasesAsync(context, cancellationToken);
                break;
            case CommandKind.Case:
                await _replies.SendCaseAsync(context, command.Argument, cancellationToken);
                break;
            case CommandKind.SaveContact:
            case CommandKind.ChangeAnswer:
            case CommandKind.ContactCard:
                await AnswerFinishedSummaryAsync(step, command, cancellationToken);
                break;
            case CommandKind.Cancel:
                await context.SendActivityAsync(MessageFactory.Text("There is nothing to cancel. Type **log** to log a contact, or **help**."), cancellationToken);
                break;
            case CommandKind.Help:
                await context.SendActivityAsync(MessageFactory.Text(HelpText), cancellationToken);
                break;
            case CommandKind.Admin:
                await _admin.SendAsync(context, cancellationToken);
                break;
            case CommandKind.Feed:
                await _feed.AnswerAsync(context, command.Argument, cancellationToken);
                break;
            case CommandKind.Report:
                await context.SendActivityAsync(await _report.ForAsync(context.Activity, cancellationToken), cancellationToken);
                break;
            default:
                if (CardChoices.Pressed(context.Activity, new Dictionary<string, object>()) is not null)
                {
                    // A choice button of a question no longer being asked: nothing is filed anywhere.
                    await context.SendActivityAsync(MessageFactory.Text("That button belongs to a question that is no longer open, so nothing was recorded. " + HelpText), cancellationToken);
                    break;
                }
                var said = context.Activity.Text?.Trim();
                await context.SendActivityAsync(MessageFactory.Text(
                    (string.IsNullOrEmpty(said) ? "" : $"I didn't understand \"{Echo.Short(said)}\". ") + HelpText), cancellationToken);
                break;
        }
        return await step.EndDialogAsync(null, cancellationToken);
    }

    // A summary card pressed after its contact was saved (a double click) or abandoned: never save again.
    private async Task AnswerFinishedSummaryAsync(WaterfallStepContext step, BotCommand command, CancellationToken cancellationToken)
    {
        if (Guid.TryParse(command.Argument, out var intakeId) && await _logging.FindByIntakeAsync(intakeId, cancellationToken) is { } saved)
        {
            await step.Context.SendActivityAsync(MessageFactory.Text($"This contact was already saved as **{saved.Reference}**; nothing was saved twice."), cancellationToken);
            await _replies.SendCaseCardAsync(step.Context, saved, cancellationToken);
            return;
        }
        // Drafts are per person: in a shared chat a summary that is not in this person's dialog may be a colleague's.
        var shared = step.Context.Activity.Conversation?.ConversationType is { } type && type != "personal";
        await step.Context.SendActivityAsync(MessageFactory.Text(shared
            ? "That summary is not one of your drafts: only the person who started logging a contact can change or save it. Nothing was saved. Type **log** to log one of your own."
            : "That summary belongs to a contact that was cancelled or not finished, so nothing was saved. Type **log** to start again."), cancellationToken);
    }

    private static Task<DialogTurnResult> FinishAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.EndDialogAsync(null, cancellationToken);
}
