using System.Globalization;
using System.Text.Json.Nodes;
using ComplaintsBot.Cards;
using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Cases.Rules;
using ComplaintsBot.Cases.Time;

namespace ComplaintsBot.Workflows.LogContact;

/// <summary>
/// The exclusions card (cards/contact-exclusions.json), for complaints only: when the issue happened, then every
/// exclusion question of the policy as a checklist, each "no" until ticked, with what a "yes" means (a decision
/// by the role the policy names, or not accepted). The age limit is never asked: it is computed from the dates by
/// the policy's rule (ExclusionReview, AgeLimitCheck). Only when that limit turns on the date is the card shown
/// again saying so, with when the customer became aware (where the policy counts from awareness) and the policy's
/// exceptions to the limit, and everything else kept.
/// </summary>
public sealed class ExclusionsCard(Policy policy, DateTimeOffset now) : ContactCard(policy, now)
{
    public const string StepName = "exclusions";
    public const string NoException = "none";
    /// <summary>The issue date the age-limit notice was shown for (carried by the card's button).</summary>
    public const string AgeChecked = "ageChecked";

    private static readonly AdaptiveCardTemplate CardTemplate = AdaptiveCardTemplate.Load("contact-exclusions");

    public override string Step => StepName;

    protected override AdaptiveCardTemplate Template => CardTemplate;

    /// <summary>The input id of an exclusion's tick box: plain camelCase from its id (legal-proceedings: exclusionLegalProceedings).</summary>
    public static string KeyOf(Exclusion exclusion)
    {
        ArgumentNullException.ThrowIfNull(exclusion);
        return "exclusion" + string.Concat(exclusion.Id.Split('-', '_', ' ').Where(p => p.Length > 0).Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
    }

    private DateOnly Received(ContactDraft draft) => draft.ReceivedAt is { } at ? LondonTime.DateOf(at) : LondonTime.DateOf(Now);

    public override Dictionary<string, string> ValuesOf(ContactDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["issueDate"] = draft.IssueOccurredOn is { } issue ? Iso(issue) : "",
            ["awareDate"] = draft.CustomerAwareOn is { } aware ? Iso(aware) : "",
            ["ageException"] = draft.Has(AnswerKeys.AgeException) ? draft.AgeLimitException ?? NoException : "",
            // A change from the summary shows the awareness and exception questions already answered.
            [AgeChecked] = draft.IssueOccurredOn is { } checkedIssue && ExclusionReview.OutOfTime(new ExclusionReview(Policy, draft).Age(withAwareness: false)) ? Iso(checkedIssue) : "",
        };
        foreach (var exclusion in new ExclusionReview(Policy, draft).Asked)
            values[KeyOf(exclusion)] = draft.ExclusionAnswers.TryGetValue(exclusion.Id, out var applies) && applies ? "true" : "false";
        return values;
    }

    /// <summary>The draft with the dates (and exception) of the card, to judge the age limit by the policy's rule.</summary>
    private static ContactDraft Trial(ContactDraft draft, DateOnly issue, DateOnly? aware, string? exception) => new()
    {
        ReceivedAt = draft.ReceivedAt,
        Relationship = draft.Relationship,
        FirstTime = draft.FirstTime,
        HealthAndSafety = draft.HealthAndSafety,
        Safeguarding = draft.Safeguarding,
        IssueOccurredOn = issue,
        CustomerAwareOn = aware,
        AgeLimitException = exception,
    };

    private bool CountsFromAwareness => Policy.AgeLimit.CountsFrom != AgeLimitBasis.Issue;

    public override Dictionary<string, string> Check(ContactDraft draft, Dictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(values);
        var problems = new Dictionary<string, string>(StringComparer.Ordinal);
        var received = Received(draft);
        var issueGiven = TryDate(Get(values, "issueDate"), out var issue);
        if (ContactProblems.IssueDate(issueGiven ? issue : null, received, Now) is { } issueProblem)
        {
            problems["issueDate"] = issueProblem;
            return problems;
        }
        if (!ExclusionReview.OutOfTime(new ExclusionReview(Policy, Trial(draft, issue, null, null)).Age(withAwareness: false))) return problems;

        // The policy's time limit turns on this date: say so on the card, once for this date, and ask what it then needs.
        if (Get(values, AgeChecked) != Iso(issue))
        {
            values[AgeChecked] = Iso(issue);
            problems["issueDate"] = AgeNotice(issue);
            return problems;
        }
        DateOnly? aware = null;
        if (CountsFromAwareness)
        {
            var awareGiven = TryDate(Get(values, "awareDate"), out var awareOn);
            if (ContactProblems.AwareDate(awareGiven ? awareOn : null, issue, received, Now) is { } awareProblem) problems["awareDate"] = awareProblem;
            else aware = awareOn;
            if (problems.Count > 0) return problems;
        }
        var exceptions = new ExclusionReview(Policy, draft).AskableAgeExceptions;
        if (exceptions.Count > 0 && ExclusionReview.OutOfTime(new ExclusionReview(Policy, Trial(draft, issue, aware, null)).Age())
            && Get(values, "ageException") is var exception && exception != NoException && !exceptions.Contains(exception))
            problems["ageException"] = ContactProblems.AgeException;
        return problems;
    }

    private string AgeNotice(DateOnly issue)
    {
        var text = $"{UkDates.Show(issue)} is more than {Policy.AgeLimit.Limit} before it was received, outside the policy's time limit.";
        if (!CountsFromAwareness)
        {
            var clause = Policy.RuleBook.Find("age-limit.counts-from")?.Citation.Clause;
            text += $" {Policy.Name} counts that limit from when the issue happened, not from when the customer became aware of it{(clause is null ? "" : $" ({clause})")}.";
        }
        else text += " When did the customer become aware of the issue? (Below.)";
        if (new ExclusionReview(Policy, new ContactDraft()).AskableAgeExceptions.Count > 0)
            text += Policy.AgeLimit.ExceptionsGoToDecider
                ? " If it is still outside the limit, say below whether there is a good reason to accept it."
                : " If it is still outside the limit, say below whether one of the policy's exceptions applies.";
        return text + " Check the date, then press Next again.";
    }

    public override IReadOnlyList<string> Apply(ContactDraft draft, IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(values);
        TryDate(Get(values, "issueDate"), out var issue);
        draft.IssueOccurredOn = issue;
        draft.Answer(AnswerKeys.IssueDate);
        draft.CustomerAwareOn = null;
        draft.Forget(AnswerKeys.Aware);
        draft.AgeLimitException = null;
        draft.Forget(AnswerKeys.AgeException);
        var review = new ExclusionReview(Policy, draft);
        if (ExclusionReview.OutOfTime(review.Age(withAwareness: false)) && CountsFromAwareness && TryDate(Get(values, "awareDate"), out var aware))
        {
            draft.CustomerAwareOn = aware;
            draft.Answer(AnswerKeys.Aware);
        }
        if (review.AskableAgeExceptions.Count > 0 && ExclusionReview.OutOfTime(new ExclusionReview(Policy, draft).Age()))
        {
            var exception = Get(values, "ageException");
            draft.AgeLimitException = exception == NoException || exception.Length == 0 ? null : exception;
            draft.Answer(AnswerKeys.AgeException);
        }
        var asked = new ExclusionReview(Policy, draft).Asked;
        foreach (var id in draft.ExclusionAnswers.Keys.Where(id => asked.All(e => e.Id != id)).ToList())
        {
            draft.ExclusionAnswers.Remove(id);
            draft.Forget(AnswerKeys.Exclusion(id));
        }
        foreach (var exclusion in asked)
        {
            draft.ExclusionAnswers[exclusion.Id] = IsOn(values, KeyOf(exclusion));
            draft.Answer(AnswerKeys.Exclusion(exclusion.Id));
        }
        draft.ExclusionCursor = asked.Count;
        return [];
    }

    protected override JsonObject Data(ContactDraft draft, IReadOnlyDictionary<string, string> values)
    {
        var received = Received(draft);
        var review = new ExclusionReview(Policy, draft);
        var issueShown = TryDate(Get(values, "issueDate"), out var issue) && Get(values, AgeChecked) == Iso(issue);
        var outOfTime = issueShown && ExclusionReview.OutOfTime(new ExclusionReview(Policy, Trial(draft, issue, null, null)).Age(withAwareness: false));
        var limit = Policy.AgeLimit.Limit is { } timescale
            ? $"The policy's time limit is {timescale} from when the issue happened{(CountsFromAwareness ? " (or the customer became aware of it)" : "")}; it is worked out from the date, not asked."
            : "The policy sets no time limit.";
        return new JsonObject
        {
            ["policy"] = Policy.Name,
            ["latest"] = Iso(received),
            ["ageLimit"] = limit,
            ["showAware"] = outOfTime && CountsFromAwareness,
            ["showException"] = outOfTime && review.AskableAgeExceptions.Count > 0,
            ["exceptionLabel"] = Policy.AgeLimit.ExceptionsGoToDecider
                ? $"If still outside the limit: a good reason to accept it? ({ApprovalRules.ExclusionDeciderNames(Policy, review.AgeExclusion?.Id ?? ExclusionReview.AgeLimitId)} decides either way)"
                : "If still outside the limit: does one of the policy's exceptions apply?",
            ["exceptions"] = Choices(review.AskableAgeExceptions.Select(e => (Policy.AgeLimit.ExceptionNames.GetValueOrDefault(e, e), e)).Append(("None of these", NoException))),
            ["exclusions"] = new JsonArray(review.Asked.Select(e => (JsonNode)new JsonObject
            {
                ["key"] = KeyOf(e),
                ["question"] = e.Question,
                ["value"] = Get(values, KeyOf(e)) == "true" ? "true" : "false",
                ["note"] = e.Discretionary
                    ? $"If yes, it is not refused: {ApprovalRules.ExclusionDeciderNames(Policy, e.Id)} decides whether to accept it, and its deadlines run meanwhile."
                    : "If yes, it cannot be accepted as a complaint; you will see what to tell the customer.",
            }).ToArray()),
            ["count"] = review.Asked.Count.ToString(CultureInfo.InvariantCulture),
        };
    }
}
