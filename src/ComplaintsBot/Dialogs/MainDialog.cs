using ComplaintsBot.BotFramework.Builder;
using ComplaintsBot.BotFramework.Dialogs;

namespace ComplaintsBot.Dialogs;

/// <summary>
/// The root of every conversation: reads what the staff member typed (or the card button they pressed)
/// and starts the matching feature dialog.
/// </summary>
public sealed class MainDialog : ComponentDialog
{
    public const string HelpText =
        "I help you log every customer contact under your complaints policy and keep track of its deadlines.\n\n" +
        "- **log** or **new**: log a contact (service request, feedback, complaint or compliment)\n" +
        "- **my cases**: your open cases, soonest deadline first\n" +
        "- **case** *reference*: one case, e.g. case HOC-2026-00042\n" +
        "- **cancel** or **start again**: at any question\n" +
        "- **help**: this message";

    public MainDialog() : base(nameof(MainDialog))
    {
        AddDialog(new WaterfallDialog(nameof(WaterfallDialog), [RouteAsync]));
    }

    private static async Task<DialogTurnResult> RouteAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        await step.Context.SendActivityAsync(MessageFactory.Text(HelpText), cancellationToken);
        return await step.EndDialogAsync(cancellationToken: cancellationToken);
    }
}
