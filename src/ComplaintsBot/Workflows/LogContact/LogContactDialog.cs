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
    private readonly CaseReplies _replies;
    private readonly ILogger<LogContactDialog> _logger;

    public LogContactDialog(LogContactServices services, CaseReplies replies, ILogger<LogContactDialog> logger) : base(nameof(LogContactDialog), replies)
    {
        _logger = logger;
        _services = services;
        _replies = replies;
        AddDialog(new WaterfallDialog(StepsId, [AskCustomerAsync, AskContactAsync, AskClassificationAsync, AskExclusionsAsync, AskRoutingAsync, ReviewAsync]));
        AddDialog(new WaterfallDialog(ReviewId, [ShowSummaryAsync, SaveOrChangeAsync, FillGapsAsync, ReviewAgainAsync]));
        AddDialog(new SummaryPrompt(SummaryPromptId));
        AddDialog(new CustomerDialog(services));
        AddDialog(new ContactDialog(services));
        AddDialog(new ClassificationDialog(services));
        AddDialog(new ExclusionsDialog(services));
        AddDialog(new RoutingDialog(services));
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
        if (options is string line)
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

    private static ContactDraft Keep(WaterfallStepContext step, object? result)
    {
        var draft = result as ContactDraft ?? step.GetValue<ContactDraft>(DraftKey) ?? step.GetOptions<ContactDraft>() ?? new ContactDraft();
        step.Values[DraftKey] = draft;
        return draft;
    }

    private static Task<DialogTurnResult> AskCustomerAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.BeginDialogAsync(nameof(CustomerDialog), Keep(step, null), cancellationToken);

    private static Task<DialogTurnResult> AskContactAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.BeginDialogAsync(nameof(ContactDialog), Keep(step, step.Result), cancellationToken);

    private static Task<DialogTurnResult> AskClassificationAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.BeginDialogAsync(nameof(ClassificationDialog), Keep(step, step.Result), cancellationToken);

    private Task<DialogTurnResult> AskExclusionsAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = Keep(step, step.Result);
        return Policy.Category(draft.CategoryId!).Kind == ContactKind.Complaint
            ? step.BeginDialogAsync(nameof(ExclusionsDialog), draft, cancellationToken)
            : step.NextAsync(draft, cancellationToken);
    }

    private static Task<DialogTurnResult> AskRoutingAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.BeginDialogAsync(nameof(RoutingDialog), Keep(step, step.Result), cancellationToken);

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
        return await step.BeginDialogAsync(part, draft, cancellationToken);
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
        return step.BeginDialogAsync(nameof(ExclusionsDialog), draft, cancellationToken);
    }

    private static Task<DialogTurnResult> ReviewAgainAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.ReplaceDialogAsync(ReviewId, Keep(step, step.Result), cancellationToken);

    private async Task SaveAsync(ITurnContext context, ContactDraft draft, CancellationToken cancellationToken)
    {
        var me = await _replies.SenderAsync(context, cancellationToken);
        var owner = draft.OwnerAadObjectId is { } ownerAad ? await _services.Directory.FindWithLineManagerAsync(ownerAad, cancellationToken) : me;
        var summary = new ContactSummary(Policy, draft);
        var findings = summary.Category.Kind == ContactKind.Complaint ? summary.Exclusions.Findings() : [];
        var logged = await _services.Logging.SaveAsync(summary.Intake(me.Id, owner?.Id ?? me.Id), Policy, findings, me, cancellationToken);
        var saved = logged.Case;

        // From here the case is saved: nothing that fails while saying so may report the save as a failure (the
        // person would log it again), so the dialog ends whatever happens and "my cases" shows the case.
        // Already saved while the draft is still open: the turn that saved it was cut off (a crash) before its end was
        // recorded, so the person never saw the confirmation. They get it whole now; the alerts go to whoever has not
        // had them yet (each is sent once per case).
        try
        {
            var text = new StringBuilder($"Saved as **{saved.Reference}**: {summary.Classification()}.");
            if (logged.AlreadySaved) text.Append(" (It was saved when you first pressed Save; nothing was saved twice.)");
            text.Append(await NextStepsAsync(context, summary, draft, saved, me, cancellationToken));
            await context.SendActivityAsync(MessageFactory.Text(text.ToString()), cancellationToken);
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

    private async Task<string> NextStepsAsync(ITurnContext context, ContactSummary summary, ContactDraft draft, Case saved, StaffMember me, CancellationToken cancellationToken)
    {
        var text = new StringBuilder();
        var category = summary.Category;
        if (summary.NotAccepted && summary.Exclusions.NotAccepted() is { } excluded)
            text.Append($"\n\nNot accepted. Tell the customer: {excluded.Explanation}");
        else if (category.Kind == ContactKind.Complaint && summary.Exclusions.ForManager().Count > 0)
        {
            text.Append($"\n\n{ExclusionsDialog.Deciders(Policy, summary.Exclusions.ForManager())} must decide on the exclusion before the complaint goes further; the deadlines are running.");
            text.Append(await _services.Alerts.SendExclusionDecisionAsync(context, saved, Policy, me, cancellationToken));
        }
        text.Append(await _services.Alerts.AlertSeniorManagersAsync(context, saved, me, cancellationToken));
        if (category.Kind is ContactKind.ServiceRequest or ContactKind.Feedback && category.Guidance is { } guidance)
            text.Append($"\n\nNext: {guidance}");
        if (category.Kind == ContactKind.ServiceRequest && draft.ServiceArea is { } area)
            text.Append($" Pass it to {area}.");
        if (category.Kind == ContactKind.Compliment)
            text.Append(await PassOnComplimentAsync(context, saved, draft, cancellationToken));
        return text.ToString();
    }

    // The colleague praised and their line manager hear about it (WCH 4.5.2); say who could not be reached.
    private async Task<string> PassOnComplimentAsync(ITurnContext context, Case saved, ContactDraft draft, CancellationToken cancellationToken)
    {
        var name = draft.StaffPraised ?? "";
        var matches = await _services.Directory.FindByNameAsync(name, cancellationToken);
        if (matches.Count != 1)
            return $"\n\nI couldn't find one colleague called \"{Echo.Short(name)}\" in the staff directory, so I told no one: pass the compliment on yourself.";
        var praised = await _services.Directory.FindAsync(matches[0].Id, cancellationToken) ?? matches[0];
        // A new activity per send: sending fills in the conversation of the activity it is given.
        Activity Message() => MessageFactory.Text($"A customer praised {praised.DisplayName} ({saved.Reference}): \"{saved.Description}\"");
        var reached = new List<string>();
        var missed = new List<string>();
        (await ReachAsync(context, praised, Message(), cancellationToken) ? reached : missed).Add(praised.DisplayName);
        if (praised.LineManager is { } manager)
            (await ReachAsync(context, manager, Message(), cancellationToken) ? reached : missed).Add($"their line manager {manager.DisplayName}");
        else
            missed.Add("their line manager (none is recorded)");
        var text = new StringBuilder();
        if (reached.Count > 0) text.Append($"\n\nI passed the compliment to {string.Join(" and ", reached)}.");
        if (missed.Count > 0) text.Append($"\n\nI couldn't reach {string.Join(" or ", missed)} in Teams: pass it on yourself.");
        return text.ToString();
    }

    private async Task<bool> ReachAsync(ITurnContext context, StaffMember to, Activity message, CancellationToken cancellationToken) =>
        (await _services.Messenger.SendPersonalAsync(context.Adapter, to, message, cancellationToken)).Sent is not null;
}
