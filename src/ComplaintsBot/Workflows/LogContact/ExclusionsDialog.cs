using ComplaintsBot.BotFramework.Dialogs;
using ComplaintsBot.BotFramework.Dialogs.Choices;
using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Cases.Rules;
using ComplaintsBot.Cases.Time;

namespace ComplaintsBot.Workflows.LogContact;

/// <summary>
/// Part 4, complaints only: when the issue happened (and, only where that is outside the policy's age
/// limit, when the customer became aware of it), then the policy's exclusion questions one at a time.
/// </summary>
public sealed class ExclusionsDialog : LogContactPart
{
    private const string QuestionsId = nameof(ExclusionsDialog) + ".questions";
    private const string NoneOfThese = "None of these";

    public ExclusionsDialog(LogContactServices services) : base(nameof(ExclusionsDialog), services)
    {
        AddSteps(AskIssueDateAsync, RecordIssueDateAsync, AskAwareAsync, RecordAwareAsync, AskAgeExceptionAsync, RecordAgeExceptionAsync,
            AskExclusionQuestionsAsync, ReportAsync);
        AddDialog(new WaterfallDialog(QuestionsId, [AskNextExclusionAsync, RecordExclusionAsync, NextExclusionAsync]));
    }

    /// <summary>No housing issue a complaint could still be about happened before this.</summary>
    internal static readonly DateOnly EarliestIssue = new(1990, 1, 1);

    private async Task<DialogTurnResult> AskIssueDateAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = Draft(step);
        await RecheckAgainstReceivedAsync(step, draft, cancellationToken);
        return draft.ShouldAsk(AnswerKeys.IssueDate)
            ? await AskDateAsync(step, $"When did the issue happen? Type the date, day first, like {UkDates.Example}.",
                ReceivedBound(draft, "the date the issue happened", EarliestIssue, "1 January 1990"), cancellationToken)
            : await SkipAsync(step, cancellationToken);
    }

    // The received date changed on the summary: an issue date (or awareness date) now after it is asked again,
    // saying why, rather than judged against the policy's time limit (which cannot be done backwards).
    private async Task RecheckAgainstReceivedAsync(WaterfallStepContext step, ContactDraft draft, CancellationToken cancellationToken)
    {
        if (draft.ReceivedAt is not { } at) return;
        var received = LondonTime.DateOf(at);
        if (draft.IssueOccurredOn is { } occurred && occurred > received)
        {
            await SayAsync(step, $"The contact is now received on {UkDates.Show(received)}, before the date given for the issue ({UkDates.Show(occurred)}), so I need that date again.", cancellationToken);
            draft.IssueOccurredOn = null;
            draft.Forget(AnswerKeys.IssueDate);
        }
        if (draft.CustomerAwareOn is { } aware && (aware > received || draft.IssueOccurredOn is null))
        {
            draft.CustomerAwareOn = null;
            draft.Forget(AnswerKeys.Aware);
        }
    }

    private Task<DialogTurnResult> RecordIssueDateAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = Draft(step);
        if (step.Result is string text && UkDates.TryRead(text, Today, out var date, out _))
        {
            draft.IssueOccurredOn = date;
            draft.Answer(AnswerKeys.IssueDate);
            // Awareness only matters while the issue itself is out of time; ask again if that changed.
            draft.CustomerAwareOn = null;
            draft.Forget(AnswerKeys.Aware);
        }
        return step.NextAsync(null, cancellationToken);
    }

    private async Task<DialogTurnResult> AskAwareAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = Draft(step);
        var review = new ExclusionReview(Policy, draft);
        if (!ExclusionReview.OutOfTime(review.Age(withAwareness: false)) || !draft.ShouldAsk(AnswerKeys.Aware)) return await SkipAsync(step, cancellationToken);
        if (Policy.AgeLimit.CountsFrom == AgeLimitBasis.Issue)
        {
            // The policy's own limit runs from the issue: when the customer learned of it changes nothing, so it is
            // not asked, and staff are told why (the Code would count from awareness; policy check reports that).
            var clause = Policy.RuleBook.Find("age-limit.counts-from")?.Citation.Clause;
            await SayAsync(step,
                $"{UkDates.Show(draft.IssueOccurredOn!.Value)} is more than {Policy.AgeLimit.Limit} before it was received, outside the policy's time limit. " +
                $"{Policy.Name} counts that limit from when the issue happened, not from when the customer became aware of it{(clause is null ? "" : $" ({clause})")}.",
                cancellationToken);
            return await SkipAsync(step, cancellationToken);
        }
        return await AskDateAsync(step,
            $"{UkDates.Show(draft.IssueOccurredOn!.Value)} is more than {Policy.AgeLimit.Limit} before it was received, outside the policy's time limit. " +
            "When did the customer become aware of the issue?",
            ReceivedBound(draft, "the date they became aware", draft.IssueOccurredOn, "the date the issue happened"), cancellationToken);
    }

    private Task<DialogTurnResult> RecordAwareAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = Draft(step);
        if (step.Result is string text && UkDates.TryRead(text, Today, out var date, out _))
        {
            draft.CustomerAwareOn = date;
            draft.Answer(AnswerKeys.Aware);
        }
        return step.NextAsync(null, cancellationToken);
    }

    private Task<DialogTurnResult> AskAgeExceptionAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = Draft(step);
        var review = new ExclusionReview(Policy, draft);
        var exceptions = review.AskableAgeExceptions;
        if (exceptions.Count == 0 || !draft.ShouldAsk(AnswerKeys.AgeException)) return SkipAsync(step, cancellationToken);
        draft.AgeLimitException = null; // judged without it
        if (!ExclusionReview.OutOfTime(new ExclusionReview(Policy, draft).Age())) return SkipAsync(step, cancellationToken);
        // TCH 2: the policy's examples are good reasons its named decider weighs, not a way in; staff are told so.
        var question = Policy.AgeLimit.ExceptionsGoToDecider
            ? $"It is still outside the time limit. Is there a good reason to accept it? The {ApprovalRules.ExclusionDeciderNames(Policy, review.AgeExclusion?.Id ?? ExclusionReview.AgeLimitId)} decides either way."
            : "It is still outside the time limit. Does one of the policy's exceptions apply?";
        return AskChoiceAsync(step, question,
            exceptions.Select(Policy.AgeLimit.ExceptionNames.GetValueOrDefault).OfType<string>().Append(NoneOfThese), cancellationToken);
    }

    private Task<DialogTurnResult> RecordAgeExceptionAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = Draft(step);
        if (step.Result is FoundChoice choice)
        {
            var exceptions = new ExclusionReview(Policy, draft).AskableAgeExceptions;
            draft.AgeLimitException = choice.Index < exceptions.Count ? exceptions[choice.Index] : null;
            draft.Answer(AnswerKeys.AgeException);
        }
        return step.NextAsync(null, cancellationToken);
    }

    private static Task<DialogTurnResult> AskExclusionQuestionsAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = Draft(step);
        draft.ExclusionCursor = 0;
        return step.BeginDialogAsync(QuestionsId, draft, cancellationToken);
    }

    private Task<DialogTurnResult> AskNextExclusionAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = Draft(step);
        var review = new ExclusionReview(Policy, draft);
        var asked = review.Asked;
        for (var index = draft.ExclusionCursor; index < asked.Count; index++)
        {
            // Stop once something before this question keeps the complaint out: nothing after it matters.
            if (review.NotAccepted() is { } excluded && !asked.Skip(index).Any(e => e.Id == excluded.ExclusionId)) break;
            if (!draft.ShouldAsk(AnswerKeys.Exclusion(asked[index].Id))) continue;
            draft.ExclusionCursor = index;
            return AskYesNoAsync(step, asked[index].Question, cancellationToken);
        }
        draft.ExclusionCursor = asked.Count;
        return step.EndDialogAsync(draft, cancellationToken);
    }

    private Task<DialogTurnResult> RecordExclusionAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = Draft(step);
        if (step.Result is bool applies)
        {
            var exclusion = new ExclusionReview(Policy, draft).Asked[draft.ExclusionCursor];
            draft.ExclusionAnswers[exclusion.Id] = applies;
            draft.Answer(AnswerKeys.Exclusion(exclusion.Id));
            draft.ExclusionCursor++;
        }
        return step.NextAsync(null, cancellationToken);
    }

    private static Task<DialogTurnResult> NextExclusionAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.ReplaceDialogAsync(QuestionsId, Draft(step), cancellationToken);

    private async Task<DialogTurnResult> ReportAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = step.Result as ContactDraft ?? Draft(step);
        step.Values["draft"] = draft;
        var review = new ExclusionReview(Policy, draft);
        if (draft.Changing == LogContactDialog.FillGaps) return await DoneAsync(step, cancellationToken); // the summary says it
        if (review.NotAccepted() is { } excluded)
        {
            await SayAsync(step, $"This cannot be accepted as a complaint under {Policy.Name}. It will be logged as not accepted.\n\n" +
                $"Tell the customer: {excluded.Explanation}", cancellationToken);
        }
        else if (review.ForManager() is { Count: > 0 } pending)
        {
            // The policy's question is quoted as the question that was answered, never passed off as a reason.
            var what = string.Join("; and ", pending.Select(f => f.ExclusionId == review.AgeExclusion?.Id || f.ExclusionId == ExclusionReview.AgeLimitId
                ? $"it is outside the {Policy.AgeLimit.Limit} time limit{(review.Age()?.Exception is { } reason ? $" (the good reason given goes with it: {Policy.AgeLimit.ExceptionNames.GetValueOrDefault(reason, reason)})" : "")}"
                : $"the answer to \"{review.Exclusion(f.ExclusionId).Question}\" was yes"));
            await SayAsync(step, $"{Deciders(Policy, pending)} must decide whether to accept it, because {what}. It will be logged as a complaint waiting for that decision, and its deadlines run meanwhile.", cancellationToken);
        }
        return await DoneAsync(step, cancellationToken);
    }

    /// <summary>Who the policy names to decide the exclusions waiting (TCH 2: "the Customer Experience Manager or ... leadership team").</summary>
    internal static string DecidersOf(Policy policy, IEnumerable<ExclusionFinding> pending)
    {
        var names = string.Join(" and ", pending.Select(f => ApprovalRules.ExclusionDeciderNames(policy, f.ExclusionId)).Distinct());
        return names.StartsWith("a ", StringComparison.Ordinal) ? names : "the " + names;
    }

    /// <summary><see cref="DecidersOf"/> at the start of a sentence.</summary>
    internal static string Deciders(Policy policy, IEnumerable<ExclusionFinding> pending)
    {
        var who = DecidersOf(policy, pending);
        return char.ToUpperInvariant(who[0]) + who[1..];
    }

    private DateRules ReceivedBound(ContactDraft draft, string label, DateOnly? earliest, string? earliestLabel)
    {
        var received = draft.ReceivedAt is { } at ? LondonTime.DateOf(at) : Today;
        return new DateRules(label, earliest, earliestLabel, received, received == Today ? "today" : $"the day it was received ({UkDates.Show(received)})", AllowNow: false);
    }
}
