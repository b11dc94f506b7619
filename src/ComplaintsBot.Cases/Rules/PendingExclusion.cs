using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;

namespace ComplaintsBot.Cases.Rules;

/// <summary>
/// A discretionary exclusion sent for a manager's decision, with the policy's question and the explanation the
/// customer is given if it is excluded, and the manager's decision once made (null while it waits).
/// </summary>
public sealed record PendingExclusion(ExclusionDecision Referral, string Question, string Explanation, ExclusionDecision? Decision)
{
    /// <summary>The latest exclusion on the case that went to a manager, or null when none did.</summary>
    public static PendingExclusion? Of(Case @case, Policy policy)
    {
        var referral = @case.ExclusionDecisions.LastOrDefault(d => d.Outcome == ExclusionOutcome.AwaitingManager);
        if (referral is null) return null;
        var decision = @case.ExclusionDecisions
            .LastOrDefault(d => d.ExclusionId == referral.ExclusionId && d.Outcome != ExclusionOutcome.AwaitingManager && d.DecidedAt >= referral.DecidedAt && !ReferenceEquals(d, referral));
        var exclusion = policy.Exclusions.FirstOrDefault(e => e.Id == referral.ExclusionId);
        var question = exclusion?.Question
            ?? "Is the issue older than the policy's time limit for complaints, so that a manager decides whether to accept it?";
        var explanation = exclusion?.Explanation ?? referral.ExplanationGiven ?? policy.AgeLimit.Explanation;
        return new PendingExclusion(referral, question, explanation, decision);
    }

    public bool Waiting => Decision is null;
}
