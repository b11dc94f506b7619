using ComplaintsBot.BotFramework.Builder;
using ComplaintsBot.BotFramework.Dialogs;
using ComplaintsBot.BotFramework.Dialogs.Choices;

namespace ComplaintsBot.LoadBenchmark;

/// <summary>
/// The benchmark's conversation: the shape of a real contact log (a choice, free text, a yes/no, a name,
/// then a card), so each turn loads, advances and saves a realistic dialog stack.
/// </summary>
public sealed class ContactDialog : ComponentDialog
{
    public const string KindPrompt = "What kind of contact is this?";
    public const string DescriptionPrompt = "Describe the issue";
    public const string RecentPrompt = "Did the issue happen in the last 6 months?";
    public const string NamePrompt = "Customer name?";
    public const string LoggedPrefix = "Logged case CR-";
    public static readonly string[] Kinds = ["Service request", "Grumble", "Complaint", "Compliment"];

    private readonly IStatePropertyAccessor<string> _status;
    private readonly CaseNumberSequence _caseNumbers;

    public ContactDialog(ConversationState conversationState, CaseNumberSequence caseNumbers) : base(nameof(ContactDialog))
    {
        _status = conversationState.CreateProperty<string>(ConversationStatus.PropertyName);
        _caseNumbers = caseNumbers;
        AddDialog(new WaterfallDialog("contact", [AskKindAsync, AskDescriptionAsync, AskRecentAsync, AskNameAsync, LogCaseAsync]));
        AddDialog(new ChoicePrompt(nameof(ChoicePrompt)));
        AddDialog(new TextPrompt(nameof(TextPrompt)));
        AddDialog(new ConfirmPrompt(nameof(ConfirmPrompt)));
    }

    private async Task<DialogTurnResult> AskKindAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        await _status.SetAsync(step.Context, ConversationStatus.InProgress, cancellationToken);
        return await step.PromptAsync(nameof(ChoicePrompt), new PromptOptions
        {
            Prompt = MessageFactory.Text(KindPrompt),
            Choices = ChoiceFactory.ToChoices(Kinds),
        }, cancellationToken);
    }

    private static Task<DialogTurnResult> AskDescriptionAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Values["kind"] = ((FoundChoice)step.Result!).Value;
        return step.PromptAsync(nameof(TextPrompt), new PromptOptions { Prompt = MessageFactory.Text(DescriptionPrompt) }, cancellationToken);
    }

    private static Task<DialogTurnResult> AskRecentAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Values["description"] = (string)step.Result!;
        return step.PromptAsync(nameof(ConfirmPrompt), new PromptOptions { Prompt = MessageFactory.Text(RecentPrompt) }, cancellationToken);
    }

    private static Task<DialogTurnResult> AskNameAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Values["recent"] = (bool)step.Result!;
        return step.PromptAsync(nameof(TextPrompt), new PromptOptions { Prompt = MessageFactory.Text(NamePrompt) }, cancellationToken);
    }

    private async Task<DialogTurnResult> LogCaseAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var reference = $"CR-{_caseNumbers.Next()}";
        var card = CaseLoggedCard.Create(
            reference,
            step.GetValue<string>("kind")!,
            step.GetValue<string>("description")!,
            step.GetValue<bool>("recent"),
            (string)step.Result!);
        await step.Context.SendActivityAsync(MessageFactory.Attachment(card, $"Logged case {reference}"), cancellationToken);
        await _status.SetAsync(step.Context, ConversationStatus.Completed, cancellationToken);
        return await step.EndDialogAsync(reference, cancellationToken);
    }
}
