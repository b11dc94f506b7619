using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;

namespace ComplaintsBot.Cases.Rules;

/// <summary>
/// A discretionary exclusion sent to the decider the policy names, with the policy's question, the explanation the
/// customer is given if it is excluded, the good reason staff gave for accepting it (TCH 2), and the decision once
/// made (null while it waits).
/// </summary>
public sealed record PendingExclusion(ExclusionDecision Referral, string Question, string Explanation, ExclusionDecision? Decision)
{
    /// <summary>
    /// How a referral records the good reason staff gave (TCH 2: a reason for the decider to weigh). A referral's text
    /// is otherwise the customer's explanation, so a good reason is never mistaken for what the customer is told.
    /// </summary>
    public const string GoodReasonPrefix = "Good reason given when it was logged: ";

    /// <summary>The latest exclusion on the case that went to a decider, or null when none did.</summary>
    public static PendingExclusion? Of(Case @case, Policy policy)
    {
        var referral = @case.ExclusionDecisions.LastOrDefault(d => d.Outcome == ExclusionOutcome.AwaitingManager);
        if (referral is null) return null;
        var decision = @case.ExclusionDecisions
            .LastOrDefault(d => d.ExclusionId == referral.ExclusionId && d.Outcome != ExclusionOutcome.AwaitingManager && d.DecidedAt >= referral.DecidedAt && !ReferenceEquals(d, referral));
        var exclusion = policy.Exclusions.FirstOrDefault(e => e.Id == referral.ExclusionId);
        var question = exclusion?.Question
            ?? "Is the issue older than the policy's time limit for complaints, so that a manager decides whether to accept it?";
        var referred = referral.ExplanationGiven is { } text && !text.StartsWith(GoodReasonPrefix, StringComparison.Ordinal) ? text : null;
        var explanation = exclusion?.Explanation ?? referred ?? policy.AgeLimit.Explanation;
        return new PendingExclusion(referral, question, explanation, decision);
    }

    public bool Waiting => Decision is null;

    /// <summary>The good reason staff gave for accepting it anyway, for the decider to weigh (TCH 2); null if none.</summary>
    public string? GoodReason =>
        Referral.ExplanationGiven is { } text && text.StartsWith(GoodReasonPrefix, StringComparison.Ordinal) ? text[GoodReasonPrefix.Length..] : null;
}
