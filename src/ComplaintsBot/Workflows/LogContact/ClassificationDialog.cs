using System.Text;
using ComplaintsBot.BotFramework.Dialogs;
using ComplaintsBot.BotFramework.Dialogs.Choices;
using ComplaintsBot.Cases;
using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Cases.Rules;

namespace ComplaintsBot.Workflows.LogContact;

/// <summary>
/// Part 3: files the contact under one of the policy's categories. Short guided questions suggest the
/// category; staff see its definition, examples and guidance, and can choose another. A health and safety
/// or safeguarding concern is flagged for a senior manager, and makes it a complaint where the policy says so.
/// </summary>
public sealed class ClassificationDialog : LogContactPart
{
    internal static readonly string[] ConcernChoices = ["No", "Health and safety", "Safeguarding", "Both"];

    public ClassificationDialog(LogContactServices services) : base(nameof(ClassificationDialog), services)
    {
        AddSteps(AskUnhappyAsync, RecordUnhappyAsync, AskConcernAsync, RecordConcernAsync, AskFirstTimeAsync, RecordFirstTimeAsync,
            AskInvestigateAsync, RecordInvestigateAsync, AskPraiseAsync, RecordPraiseAsync, AskActionAsync, RecordActionAsync,
            AskThanksAsync, RecordThanksAsync, AskCategoryAsync, RecordCategoryAsync, AskConcernForComplaintAsync, RecordConcernAsync,
            AskStaffPraisedAsync, RecordStaffPraisedAsync, DoneAsync);
    }

    private static Task<DialogTurnResult> AskUnhappyAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        AsksGuided(Draft(step), AnswerKeys.Unhappy)
            ? AskYesNoAsync(step, "Is the customer unhappy with our service (something we did, didn't do, or how we did it)?", cancellationToken)
            : SkipAsync(step, cancellationToken);

    private static Task<DialogTurnResult> RecordUnhappyAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = Draft(step);
        if (step.Result is bool unhappy)
        {
            draft.Unhappy = unhappy;
            draft.Answer(AnswerKeys.Unhappy);
        }
        return step.NextAsync(null, cancellationToken);
    }

    private static Task<DialogTurnResult> AskConcernAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = Draft(step);
        return draft.Unhappy == true && draft.ShouldAsk(AnswerKeys.Concern)
            ? AskChoiceAsync(step, "Does it raise a health and safety or safeguarding concern?", ConcernChoices, cancellationToken)
            : SkipAsync(step, cancellationToken);
    }

    private async Task<DialogTurnResult> RecordConcernAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = Draft(step);
        if (step.Result is FoundChoice choice && RecordConcern(Policy, draft, choice.Index is 1 or 3, choice.Index is 2 or 3) is { } said)
            await SayAsync(step, said, cancellationToken);
        return await step.NextAsync(null, cancellationToken);
    }

    /// <summary>
    /// Records the concern answer (typed or on the card) and, where the policy says such a concern is always a complaint,
    /// files it as one; returns what to tell staff.
    /// </summary>
    internal static string? RecordConcern(Policy policy, ContactDraft draft, bool healthAndSafety, bool safeguarding)
    {
        draft.HealthAndSafety = healthAndSafety;
        draft.Safeguarding = safeguarding;
        draft.Answer(AnswerKeys.Concern);
        var forcing = Forcing(policy, draft);
        draft.ComplaintByConcern = forcing.Count > 0;
        if (draft.ComplaintByConcern)
        {
            draft.CategoryId = policy.Categories.First(c => c.Kind == ContactKind.Complaint).Id;
            draft.Answer(AnswerKeys.Category);
            return $"Under {policy.Name}, a {string.Join(" or ", forcing)} concern is always a complaint, so I have filed it as one. " +
                "It is flagged for a senior manager: tell them now.";
        }
        return draft.HealthAndSafety || draft.Safeguarding ? "Flagged for a senior manager: tell them about the concern now." : null;
    }

    /// <summary>Whether the draft's concern is one the policy says always makes a complaint.</summary>
    internal static bool ConcernMakesAComplaint(Policy policy, ContactDraft draft) => Forcing(policy, draft).Count > 0;

    /// <summary>The draft's concerns that the policy says always make a complaint ("health and safety", "safeguarding").</summary>
    internal static List<string> Forcing(Policy policy, ContactDraft draft) =>
        new[] { (draft.HealthAndSafety, Concerns.HealthAndSafety, "health and safety"), (draft.Safeguarding, Concerns.Safeguarding, "safeguarding") }
            .Where(c => c.Item1 && policy.Classification.ConcernsMakeAComplaint.Contains(c.Item2)).Select(c => c.Item3).ToList();

    private static Task<DialogTurnResult> AskFirstTimeAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = Draft(step);
        return draft.Unhappy == true && !draft.ComplaintByConcern && AsksGuided(draft, AnswerKeys.FirstTime)
            ? AskYesNoAsync(step, "Is this the first time they have asked us for this?", cancellationToken)
            : SkipAsync(step, cancellationToken);
    }

    private static Task<DialogTurnResult> RecordFirstTimeAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = Draft(step);
        if (step.Result is bool firstTime)
        {
            draft.FirstTime = firstTime;
            draft.Answer(AnswerKeys.FirstTime);
        }
        return step.NextAsync(null, cancellationToken);
    }

    // Asked of a repeat contact; of a first one too where the policy's quick resolution is for new issues (TCH 7.2.1).
    private Task<DialogTurnResult> AskInvestigateAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = Draft(step);
        return draft.Unhappy == true && !draft.ComplaintByConcern && AsksInvestigation(Policy, draft) && AsksGuided(draft, AnswerKeys.Investigate)
            ? AskYesNoAsync(step, "Do they want it investigated (a formal complaint), rather than just put right?", cancellationToken)
            : SkipAsync(step, cancellationToken);
    }

    /// <summary>Whether "do they want it investigated" follows the first-time answer.</summary>
    internal static bool AsksInvestigation(Policy policy, ContactDraft draft) =>
        draft.FirstTime == false || (draft.FirstTime == true && policy.QuickResolution is { NewIssuesOnly: true });

    private static Task<DialogTurnResult> RecordInvestigateAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = Draft(step);
        if (step.Result is bool investigate)
        {
            draft.WantsInvestigation = investigate;
            draft.Answer(AnswerKeys.Investigate);
        }
        return step.NextAsync(null, cancellationToken);
    }

    private static Task<DialogTurnResult> AskPraiseAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = Draft(step);
        return draft.Unhappy == false && AsksGuided(draft, AnswerKeys.Praise)
            ? AskYesNoAsync(step, "Are they praising a colleague, a team or a service?", cancellationToken)
            : SkipAsync(step, cancellationToken);
    }

    private static Task<DialogTurnResult> RecordPraiseAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = Draft(step);
        if (step.Result is bool praise)
        {
            draft.Praise = praise;
            draft.Answer(AnswerKeys.Praise);
        }
        return step.NextAsync(null, cancellationToken);
    }

    private static Task<DialogTurnResult> AskActionAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = Draft(step);
        return draft.Unhappy == false && draft.Praise == false && AsksGuided(draft, AnswerKeys.AsksForAction)
            ? AskYesNoAsync(step, "Are they asking us to do something (a repair, a visit, information)?", cancellationToken)
            : SkipAsync(step, cancellationToken);
    }

    private static Task<DialogTurnResult> RecordActionAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = Draft(step);
        if (step.Result is bool action)
        {
            draft.AsksForAction = action;
            draft.Answer(AnswerKeys.AsksForAction);
        }
        return step.NextAsync(null, cancellationToken);
    }

    private Task<DialogTurnResult> AskThanksAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = Draft(step);
        return draft.Praise == true && Policy.Classification.ThanksIsNotACompliment && AsksGuided(draft, AnswerKeys.Thanks)
            ? AskYesNoAsync(step, "Did they get in touch to praise us, rather than just thank us at the end of a call or visit?", cancellationToken)
            : SkipAsync(step, cancellationToken);
    }

    private static Task<DialogTurnResult> RecordThanksAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = Draft(step);
        if (step.Result is bool moreThanThanks)
        {
            draft.MoreThanThanks = moreThanThanks;
            draft.Answer(AnswerKeys.Thanks);
        }
        return step.NextAsync(null, cancellationToken);
    }

    private async Task<DialogTurnResult> AskCategoryAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = Draft(step);
        if (draft.MoreThanThanks == false)
        {
            await SayAsync(step, $"Under {Policy.Name}, {ThanksRule(Policy)}", cancellationToken);
        }
        if (draft.ComplaintByConcern || !draft.ShouldAsk(AnswerKeys.Category)) return await SkipAsync(step, cancellationToken);

        var suggested = Suggest(Policy, draft);
        draft.SuggestedCategoryId = suggested.Id;
        await SayAsync(step, Describe(suggested), cancellationToken);
        // Thanks at the end of a call is not a compliment under this policy, so it is not offered.
        var choices = new[] { suggested }.Concat(Policy.Categories.Where(c => c.Id != suggested.Id))
            .Where(c => !(draft.MoreThanThanks == false && c.Kind == ContactKind.Compliment))
            .Select(c => c.Name);
        return await AskChoiceAsync(step, $"Log it as {suggested.Name}, or choose another category:", choices, cancellationToken);
    }

    /// <summary>Why thanks is not a compliment here: in the policy's own words where it has them (HiS does), else in ours.</summary>
    internal static string ThanksRule(Policy policy)
    {
        var compliment = policy.Categories.First(c => c.Kind == ContactKind.Compliment);
        return compliment.Guidance is { Length: > 0 } guidance
            ? char.ToLowerInvariant(guidance[0]) + guidance[1..]
            : $"thanks at the end of a call or visit is not recorded as a compliment. {compliment.Definition}";
    }

    private Task<DialogTurnResult> RecordCategoryAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = Draft(step);
        if (step.Result is FoundChoice choice)
        {
            var chosen = Policy.Categories.First(c => c.Name == choice.Value);
            draft.CategoryId = chosen.Id;
            draft.Answer(AnswerKeys.Category);
            if (chosen.Kind != ContactKind.Compliment)
            {
                draft.StaffPraised = null;
                draft.Forget(AnswerKeys.StaffPraised);
            }
        }
        return step.NextAsync(null, cancellationToken);
    }

    // A complaint chosen over the guided answers still needs the concern question.
    private Task<DialogTurnResult> AskConcernForComplaintAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = Draft(step);
        return KindOf(draft) == ContactKind.Complaint && draft.Unhappy != true && draft.ShouldAsk(AnswerKeys.Concern)
            ? AskChoiceAsync(step, "Does it raise a health and safety or safeguarding concern?", ConcernChoices, cancellationToken)
            : SkipAsync(step, cancellationToken);
    }

    private Task<DialogTurnResult> AskStaffPraisedAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = Draft(step);
        return KindOf(draft) == ContactKind.Compliment && draft.ShouldAsk(AnswerKeys.StaffPraised)
            ? AskTextAsync(step, "Who did they praise? Type the colleague's name as it shows in Teams, or a team or service.", "who was praised", TextLimits.Name, cancellationToken)
            : SkipAsync(step, cancellationToken);
    }

    private static Task<DialogTurnResult> RecordStaffPraisedAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = Draft(step);
        if (step.Result is string name)
        {
            draft.StaffPraised = name.Trim();
            draft.Answer(AnswerKeys.StaffPraised);
        }
        return step.NextAsync(null, cancellationToken);
    }

    /// <summary>A guided question is asked unless staff named the category when they started (and are not changing this answer).</summary>
    private static bool AsksGuided(ContactDraft draft, string key) => draft.ShouldAsk(key) && !(draft.CategoryGiven && draft.Changing != key);

    private ContactKind? KindOf(ContactDraft draft) =>
        draft.CategoryId is { } id ? Policy.Category(id).Kind : null;

    /// <summary>The category the guided answers point to, by the policy's rules.</summary>
    internal static ContactCategory Suggest(Policy policy, ContactDraft draft) => ClassificationSuggestion.For(policy, new GuidedAnswers(
        draft.ComplaintByConcern, draft.Unhappy, draft.FirstTime, draft.WantsInvestigation, draft.Praise, draft.MoreThanThanks, draft.AsksForAction));

    private static string Describe(ContactCategory category)
    {
        var text = new StringBuilder($"**Suggested: {category.Name}.** {category.Definition}");
        if (category.Examples.Count > 0) text.Append("\n\nFor example: ").Append(string.Join("; ", category.Examples)).Append('.');
        if (category.Guidance is { } guidance) text.Append("\n\n").Append(guidance);
        return text.ToString();
    }
}
