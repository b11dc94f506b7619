using System.Globalization;
using System.Text;
using ComplaintsBot.BotFramework.Builder;
using ComplaintsBot.BotFramework.Dialogs;
using ComplaintsBot.BotFramework.Schema;
using ComplaintsBot.Cases;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Dialogs;
using ComplaintsBot.Workflows.CaseCard;

namespace ComplaintsBot.Workflows.LogContact;

/// <summary>
/// Logs one customer contact under the active policy: the customer, the contact, its category, the policy's
/// exclusions for a complaint, routing, then a summary card to save or change any answer. Saving opens the
/// case (once, however often Save is pressed) and shows its case card.
/// </summary>
public sealed class LogContactDialog : InterruptibleDialog
{
    private const string StepsId = nameof(LogContactDialog) + ".steps";
    private const string ReviewId = nameof(LogContactDialog) + ".review";
    private const string SummaryPromptId = nameof(SummaryPrompt);
    private const string DraftKey = "draft";
    /// <summary>After a change: ask only what the change made newly needed.</summary>
    internal const string FillGaps = "(gaps)";

    private readonly LogContactServices _services;
    private readonly ContactSaving _saving;
    private readonly CaseReplies _replies;
    private readonly ILogger<LogContactDialog> _logger;

    public LogContactDialog(LogContactServices services, ContactSaving saving, CaseReplies replies, ILogger<LogContactDialog> logger) : base(nameof(LogContactDialog), replies)
    {
        _logger = logger;
        _services = services;
        _saving = saving;
        _replies = replies;
        AddDialog(new WaterfallDialog(StepsId, [AskCustomerAsync, AskContactAsync, AskClassificationAsync, AskExclusionsAsync, AskRoutingAsync, ReviewAsync]));
        AddDialog(new WaterfallDialog(ReviewId, [ShowSummaryAsync, SaveOrChangeAsync, FillGapsAsync, ReviewAgainAsync]));
        AddDialog(new SummaryPrompt(SummaryPromptId));
        AddDialog(new CustomerDialog(services));
        AddDialog(new ContactDialog(services));
        AddDialog(new ClassificationDialog(services));
        AddDialog(new ExclusionsDialog(services));
        AddDialog(new RoutingDialog(services));
        foreach (var card in ContactCardDialog.All(services)) AddDialog(card);
        InitialDialogId = StepsId;
    }

    private Policy Policy => _services.ActivePolicy.Policy;

    protected override bool IsOnSummary(DialogContext innerDc) => innerDc.ActiveDialog?.Id is SummaryPromptId or ReviewId;

    protected override string HelpText =>
        $"You are logging a contact under {Policy.Name}. Answer the question, or type **cancel** to stop (nothing is saved) " +
        "or **start again**. You can also type **my cases** or **case** and a reference; I'll ask the question again after.";

    /// <summary>Begun with the rest of a one-line shortcut ("complaint T-200417 Mr Sam Okafor: ..."): starts from what it says.</summary>
    protected override async Task<DialogTurnResult> OnBeginDialogAsync(DialogContext innerDc, object? options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        if (options is string start && start == WithCards)
        {
            options = await CardDraftAsync(innerDc.Context, cancellationToken);
        }
        else if (options is string line)
        {
            var reading = ContactShortcut.Read(Policy, line);
            var said = new StringBuilder();
            if (reading.Filled.Count > 0) said.Append($"Filled in from your message: {string.Join(", ", reading.Filled)}. I'll ask only for the rest.");
            if (reading.NotUsed.Count > 0) said.Append($"{(said.Length > 0 ? " " : "")}I couldn't use {string.Join(" or ", reading.NotUsed)}, so I'll ask for it.");
            if (reading.Draft.Anonymous) said.Append(' ').Append(CustomerDialog.AnonymousConsequence);
            if (said.Length > 0) await innerDc.Context.SendActivityAsync(MessageFactory.Text(said.ToString()), cancellationToken);
            options = reading.Draft;
        }
        return await base.OnBeginDialogAsync(innerDc, options, cancellationToken);
    }

    /// <summary>Begin with this to log by cards (the welcome card's button) rather than typed questions.</summary>
    public const string WithCards = BotCommand.LogByCards;

    // The officer's usual channel and service area (their last contacts logged) are filled in; they change them on the card.
    private async Task<ContactDraft> CardDraftAsync(ITurnContext context, CancellationToken cancellationToken)
    {
        var me = await _replies.SenderAsync(context, cancellationToken);
        var usual = await _services.Logging.UsualAsync(me.Id, cancellationToken);
        return new ContactDraft { UseCards = true, Channel = usual.Channel ?? nameof(ContactChannel.Phone), ServiceArea = usual.ServiceArea };
    }

    // Typed "chat" at a card: the waterfall starts again by typed questions, which ask only what has no answer yet.
    private static Task<DialogTurnResult>? SwitchedToChat(WaterfallStepContext step, ContactDraft draft) =>
        draft is { UseCards: false, SwitchedFromCards: true } ? step.ReplaceDialogAsync(StepsId, Unswitched(draft)) : null;

    private static ContactDraft Unswitched(ContactDraft draft)
    {
        draft.SwitchedFromCards = false;
        return draft;
    }

    private static ContactDraft Keep(WaterfallStepContext step, object? result)
    {
        var draft = result as ContactDraft ?? step.GetValue<ContactDraft>(DraftKey) ?? step.GetOptions<ContactDraft>() ?? new ContactDraft();
        step.Values[DraftKey] = draft;
        return draft;
    }

    // By cards, the customer-and-contact card also asks the contact and where it goes; a category chosen on it that is
    // not a complaint needs no classification card (a service request or compliment asks nothing a complaint needs).
    private static Task<DialogTurnResult> AskCustomerAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = Keep(step, null);
        return step.BeginDialogAsync(draft.UseCards ? ContactCardDialog.DetailsId : nameof(CustomerDialog), draft, cancellationToken);
    }

    private async Task<DialogTurnResult> AskContactAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = Keep(step, step.Result);
        if (SwitchedToChat(step, draft) is { } switched) return await switched;
        // A customer whose contact is restricted (Code 5.14-5.15) is still logged: the officer is told the terms first,
        // whether they log by typed questions or by cards.
        if (!draft.Anonymous && !string.IsNullOrWhiteSpace(draft.CustomerName))
        {
            var customer = Customer.Named(draft.CustomerName, CustomerRelationship.Other, draft.TenancyReference);
            foreach (var restriction in await _services.Restrictions.DescribeAllAsync(Policy, customer, onCaseId: null, cancellationToken))
                await step.Context.SendActivityAsync(MessageFactory.Text(
                    $"{restriction} Log this contact as usual: the restriction limits how contact is taken, not whether they may complain."), cancellationToken);
        }
        return draft.UseCards
            ? await step.NextAsync(draft, cancellationToken)
            : await step.BeginDialogAsync(nameof(ContactDialog), draft, cancellationToken);
    }

    private Task<DialogTurnResult> AskClassificationAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = Keep(step, step.Result);
        if (!draft.UseCards) return step.BeginDialogAsync(nameof(ClassificationDialog), draft, cancellationToken);
        return draft.CategoryGiven && Policy.Category(draft.CategoryId!).Kind != ContactKind.Complaint
            ? step.NextAsync(draft, cancellationToken)
            : step.BeginDialogAsync(ContactCardDialog.ClassificationId, draft, cancellationToken);
    }

    private Task<DialogTurnResult> AskExclusionsAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = Keep(step, step.Result);
        if (SwitchedToChat(step, draft) is { } switched) return switched;
        return Policy.Category(draft.CategoryId!).Kind == ContactKind.Complaint
            ? step.BeginDialogAsync(draft.UseCards ? ContactCardDialog.ExclusionsId : nameof(ExclusionsDialog), draft, cancellationToken)
            : step.NextAsync(draft, cancellationToken);
    }

    private static Task<DialogTurnResult> AskRoutingAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = Keep(step, step.Result);
        return SwitchedToChat(step, draft)
            ?? (draft.UseCards ? step.NextAsync(draft, cancellationToken) : step.BeginDialogAsync(nameof(RoutingDialog), draft, cancellationToken));
    }

    private static Task<DialogTurnResult> ReviewAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.ReplaceDialogAsync(ReviewId, Keep(step, step.Result), cancellationToken);

    private Task<DialogTurnResult> ShowSummaryAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = Keep(step, null);
        draft.Changing = null;
        var card = new ContactSummary(Policy, draft).Render(_services.Deadlines, _services.Clock.GetUtcNow());
        return step.PromptAsync(SummaryPromptId, new PromptOptions
        {
            Prompt = MessageFactory.Attachment(card),
            Validations = draft.IntakeId.ToString(),
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> SaveOrChangeAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = Keep(step, null);
        var answer = (SummaryAnswer)step.Result!;
        if (answer.Save)
        {
            await SaveAsync(step.Context, draft, cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }
        var key = answer.ChangeKey!;
        string part;
        try
        {
            part = AnswerKeys.PartOf(key);
        }
        catch (ArgumentOutOfRangeException)
        {
            await step.Context.SendActivityAsync(MessageFactory.Text($"\"{Echo.Short(key)}\" is not an answer on the summary. Choose one from the list."), cancellationToken);
            return await step.ReplaceDialogAsync(ReviewId, draft, cancellationToken);
        }
        if (key == AnswerKeys.Category && draft.ComplaintByConcern)
        {
            await step.Context.SendActivityAsync(MessageFactory.Text($"Under {Policy.Name} this concern makes it a complaint, so the category cannot change. Change the concern instead if it was recorded wrongly."), cancellationToken);
            return await step.ReplaceDialogAsync(ReviewId, draft, cancellationToken);
        }
        draft.Changing = key;
        if (key == AnswerKeys.Concern) draft.ComplaintByConcern = false;
        // By cards, a change shows the card that holds the answer, with every answer on it as given.
        return await step.BeginDialogAsync(draft.UseCards && ContactCardDialog.ForPart(part) is { } card && key != AnswerKeys.Owner ? card : part, draft, cancellationToken);
    }

    // A change can make other questions needed (a complaint needs its exclusions) or moot (a compliment has none).
    private Task<DialogTurnResult> FillGapsAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = Keep(step, step.Result);
        if (Policy.Category(draft.CategoryId!).Kind != ContactKind.Complaint)
        {
            draft.IssueOccurredOn = draft.CustomerAwareOn = null;
            draft.AgeLimitException = null;
            draft.ExclusionAnswers.Clear();
            draft.Answered.RemoveAll(k => AnswerKeys.PartOf(k) == nameof(ExclusionsDialog));
            return step.NextAsync(draft, cancellationToken);
        }
        draft.Changing = FillGaps;
        if (!draft.UseCards) return step.BeginDialogAsync(nameof(ExclusionsDialog), draft, cancellationToken);
        var review = new ExclusionReview(Policy, draft);
        return draft.Has(AnswerKeys.IssueDate) && review.Asked.All(e => draft.ExclusionAnswers.ContainsKey(e.Id))
            ? step.NextAsync(draft, cancellationToken)
            : step.BeginDialogAsync(ContactCardDialog.ExclusionsId, draft, cancellationToken);
    }

    private static Task<DialogTurnResult> ReviewAgainAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.ReplaceDialogAsync(ReviewId, Keep(step, step.Result), cancellationToken);

    private async Task SaveAsync(ITurnContext context, ContactDraft draft, CancellationToken cancellationToken)
    {
        var me = await _replies.SenderAsync(context, cancellationToken);
        var logged = await _saving.SaveAsync(draft, me, cancellationToken);
        var saved = logged.Case;

        // From here the case is saved: nothing that fails while saying so may report the save as a failure (the
        // person would log it again), so the dialog ends whatever happens and "my cases" shows the case.
        // Already saved while the draft is still open: the turn that saved it was cut off (a crash) before its end was
        // recorded, so the person never saw the confirmation. They get it whole now; the alerts go to whoever has not
        // had them yet (each is sent once per case).
        try
        {
            var text = await _saving.ConfirmationAsync(context, draft, logged, me, cancellationToken);
            await context.SendActivityAsync(MessageFactory.Text(text), cancellationToken);
            await _replies.SendCaseCardAsync(context, saved, cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            _logger.LogError(ex, "Case {Reference} was saved but the confirmation could not be sent in full.", saved.Reference);
            try
            {
                await context.SendActivityAsync(MessageFactory.Text(string.Format(CultureInfo.InvariantCulture, SavedButNotShownText, saved.Reference)), cancellationToken);
            }
            catch (Exception again) when (!cancellationToken.IsCancellationRequested)
            {
                _logger.LogError(again, "Could not say that case {Reference} was saved either; it is in the officer's cases.", saved.Reference);
            }
        }
    }

    /// <summary>Sent when the full confirmation of a saved case could not be; {0} is the case reference.</summary>
    public const string SavedButNotShownText = "The contact is saved as **{0}**, but I couldn't show all of it just now. Type **my cases** to see it.";
}
