using System.Text.Json.Nodes;
using ComplaintsBot.BotFramework.Builder;
using ComplaintsBot.BotFramework.Dialogs;

namespace ComplaintsBot.Workflows.LogContact;

/// <summary>
/// One card step of logging a contact, in the same waterfall as the typed questions: shows the step's card with the
/// draft's answers, checks what is submitted, and ends with the draft. Bad input shows the card again with each
/// problem beside its input and every value submitted kept (in the draft, so saved with the dialog's state).
/// </summary>
public sealed class ContactCardDialog : LogContactPart
{
    public const string DetailsId = nameof(ContactDetailsCard);
    public const string ClassificationId = nameof(ClassificationCard);
    public const string ExclusionsId = nameof(ExclusionsCard);
    private const string PromptId = nameof(ContactCardPrompt);

    private readonly Func<Cases.Policies.Policy, DateTimeOffset, ContactCard> _card;

    public ContactCardDialog(string dialogId, LogContactServices services, Func<Cases.Policies.Policy, DateTimeOffset, ContactCard> card) : base(dialogId, services)
    {
        _card = card;
        AddSteps(ShowAsync, TakeAsync);
        AddDialog(new ContactCardPrompt(PromptId));
    }

    /// <summary>The three card steps of the card path.</summary>
    public static IEnumerable<ContactCardDialog> All(LogContactServices services) =>
    [
        new(DetailsId, services, (policy, now) => new ContactDetailsCard(policy, now)),
        new(ClassificationId, services, (policy, now) => new ClassificationCard(policy, now)),
        new(ExclusionsId, services, (policy, now) => new ExclusionsCard(policy, now)),
    ];

    /// <summary>The card step that asks the answers of a part of the typed dialog (the owner is only ever typed).</summary>
    public static string? ForPart(string part) => part switch
    {
        nameof(CustomerDialog) or nameof(ContactDialog) or nameof(RoutingDialog) => DetailsId,
        nameof(ClassificationDialog) => ClassificationId,
        nameof(ExclusionsDialog) => ExclusionsId,
        _ => null,
    };

    private ContactCard Card() => _card(Policy, Services.Clock.GetUtcNow());

    private Task<DialogTurnResult> ShowAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = Draft(step);
        var card = Card();
        var values = draft.CardKept ?? card.ValuesOf(draft);
        var problems = draft.CardProblems ?? [];
        return step.PromptAsync(PromptId, new PromptOptions
        {
            Prompt = MessageFactory.Attachment(card.Render(draft, values, problems)),
            Validations = new ContactCardPrompt.Awaited(draft.IntakeId.ToString(), card.Step, draft.Changing is null),
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> TakeAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = Draft(step);
        var submitted = (JsonObject)step.Result!;
        draft.CardKept = null;
        draft.CardProblems = null;
        if (submitted[ContactCardPrompt.SwitchToChat] is not null)
        {
            draft.UseCards = false;
            draft.SwitchedFromCards = true;
            await SayAsync(step, "Going on by typed questions. Everything answered so far is kept.", cancellationToken);
            return await step.EndDialogAsync(draft, cancellationToken);
        }
        var card = Card();
        var values = ContactCard.ValuesFrom(submitted);
        var problems = card.Check(draft, values);
        if (problems.Count > 0)
        {
            draft.CardKept = values;
            draft.CardProblems = problems;
            return await step.ReplaceDialogAsync(Id + ".steps", draft, cancellationToken);
        }
        foreach (var said in card.Apply(draft, values)) await SayAsync(step, said, cancellationToken);
        return await step.EndDialogAsync(draft, cancellationToken);
    }
}
