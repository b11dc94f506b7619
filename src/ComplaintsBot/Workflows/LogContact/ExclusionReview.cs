using ComplaintsBot.Cases;
using ComplaintsBot.Cases.Deadlines;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Cases.Rules;
using ComplaintsBot.Cases.Time;

namespace ComplaintsBot.Workflows.LogContact;

/// <summary>
/// What the policy's exclusions say about a complaint from the answers so far. The age limit is decided from
/// the dates, never asked; an exclusion an earlier answer settles (who the customer is, whether they asked
/// before) is not asked either. A discretionary exclusion goes to a manager; an absolute one means the
/// complaint is not accepted, and nothing after it needs asking.
/// </summary>
public sealed class ExclusionReview(Policy policy, ContactDraft draft)
{
    /// <summary>Used for the age-limit finding when the policy lists no issue-too-old exclusion.</summary>
    public const string AgeLimitId = "age-limit";

    public Exclusion? AgeExclusion { get; } = policy.Exclusions.FirstOrDefault(e => e.CodeBasis == CodeExclusions.IssueTooOld || e.Id == CodeExclusions.IssueTooOld);

    /// <summary>Concerns raised on the contact plus the age-limit exception staff chose, matched against the policy's exceptions.</summary>
    public IReadOnlyList<string> Concerns { get; } =
    [
        .. draft.HealthAndSafety ? [ComplaintsBot.Cases.Rules.Concerns.HealthAndSafety] : Array.Empty<string>(),
        .. draft.Safeguarding ? [ComplaintsBot.Cases.Rules.Concerns.Safeguarding] : Array.Empty<string>(),
        .. draft.AgeLimitException is { } exception ? [exception] : Array.Empty<string>(),
    ];

    /// <summary>The age limit from the dates; null until the issue date is known.</summary>
    public AgeLimitResult? Age(bool withAwareness = true) =>
        draft.IssueOccurredOn is { } occurred && draft.ReceivedAt is { } received
            ? AgeLimitCheck.Check(policy.AgeLimit, LondonTime.DateOf(received), occurred, withAwareness ? draft.CustomerAwareOn : null, Concerns)
            : null;

    public static bool OutOfTime(AgeLimitResult? result) => result?.Outcome is AgeLimitOutcome.OutOfTime or AgeLimitOutcome.OutOfTimeAtDiscretion;

    /// <summary>The policy's age-limit exceptions staff are asked about (concerns were asked already).</summary>
    public IReadOnlyList<string> AskableAgeExceptions =>
        policy.AgeLimit.Exceptions.Where(e => e is not (ComplaintsBot.Cases.Rules.Concerns.HealthAndSafety or ComplaintsBot.Cases.Rules.Concerns.Safeguarding)).ToList();

    /// <summary>Whether an earlier answer settles the exclusion, and how.</summary>
    public bool? Settled(Exclusion exclusion) => exclusion.Id switch
    {
        "not-a-tenant-or-leaseholder" when draft.Relationship is { } relationship =>
            relationship is not (nameof(CustomerRelationship.Tenant) or nameof(CustomerRelationship.Leaseholder)),
        "first-time-enquiry" when draft.FirstTime is { } firstTime => firstTime,
        _ => null,
    };

    /// <summary>Exclusions staff answer, in the policy's order (not the age limit, not those already settled).</summary>
    public IReadOnlyList<Exclusion> Asked => policy.Exclusions.Where(e => e != AgeExclusion && Settled(e) is null).ToList();

    /// <summary>Every decision so far, in the policy's order, ending at the first that keeps the complaint out.</summary>
    public IReadOnlyList<ExclusionFinding> Findings()
    {
        var findings = new List<ExclusionFinding>();
        if (Age() is { } age && age.Outcome != AgeLimitOutcome.NoLimit)
        {
            var id = AgeExclusion?.Id ?? AgeLimitId;
            var explanation = AgeExclusion?.Explanation ?? policy.AgeLimit.Explanation;
            findings.Add(age.Outcome switch
            {
                AgeLimitOutcome.InTime => new ExclusionFinding(id, false, ExclusionOutcome.DoesNotApply, null),
                AgeLimitOutcome.ExceptionApplies => new ExclusionFinding(id, true, ExclusionOutcome.Overridden, null),
                // TCH 2: a good reason goes to the decider with the case, for them to weigh.
                AgeLimitOutcome.OutOfTimeAtDiscretion when age.Exception is { } reason =>
                    new ExclusionFinding(id, true, ExclusionOutcome.AwaitingManager, PendingExclusion.GoodReasonPrefix + policy.AgeLimit.ExceptionNames.GetValueOrDefault(reason, reason)),
                AgeLimitOutcome.OutOfTimeAtDiscretion => new ExclusionFinding(id, true, ExclusionOutcome.AwaitingManager, explanation),
                _ => new ExclusionFinding(id, true, ExclusionOutcome.NotAccepted, ForCustomer(explanation)),
            });
            if (findings[^1].Outcome == ExclusionOutcome.NotAccepted) return findings;
        }
        foreach (var exclusion in policy.Exclusions)
        {
            if (exclusion == AgeExclusion) continue;
            bool applies;
            if (Settled(exclusion) is { } settled) applies = settled;
            else if (draft.ExclusionAnswers.TryGetValue(exclusion.Id, out var answered)) applies = answered;
            else continue;
            findings.Add(Decide(exclusion, applies));
            if (findings[^1].Outcome == ExclusionOutcome.NotAccepted) break;
        }
        return findings;
    }

    /// <summary>The finding that keeps the complaint out, if any.</summary>
    public ExclusionFinding? NotAccepted() => Findings().FirstOrDefault(f => f.Outcome == ExclusionOutcome.NotAccepted);

    /// <summary>Findings a manager must decide.</summary>
    public IReadOnlyList<ExclusionFinding> ForManager() => Findings().Where(f => f.Outcome == ExclusionOutcome.AwaitingManager).ToList();

    public Exclusion Exclusion(string id) => policy.Exclusions.First(e => e.Id == id);

    private ExclusionFinding Decide(Exclusion exclusion, bool applies)
    {
        if (!applies) return new ExclusionFinding(exclusion.Id, false, ExclusionOutcome.DoesNotApply, null);
        if (exclusion.Exceptions.Any(e => Concerns.Contains(e, StringComparer.OrdinalIgnoreCase)))
            return new ExclusionFinding(exclusion.Id, true, ExclusionOutcome.Overridden, null);
        return exclusion.Discretionary
            ? new ExclusionFinding(exclusion.Id, true, ExclusionOutcome.AwaitingManager, exclusion.Explanation)
            : new ExclusionFinding(exclusion.Id, true, ExclusionOutcome.NotAccepted, ForCustomer(exclusion.Explanation));
    }

    // A refusal tells the customer they can take it to the Ombudsman (Code 2.4), so the details go with it.
    private string ForCustomer(string explanation) => $"{explanation}\n\n{policy.Signposting.Ombudsman}";
}
