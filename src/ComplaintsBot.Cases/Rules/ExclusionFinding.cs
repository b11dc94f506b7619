using ComplaintsBot.Cases.Domain;

namespace ComplaintsBot.Cases.Rules;

/// <summary>The answer to one of the policy's exclusions when a complaint is logged, and what it led to.</summary>
/// <param name="ExclusionId">The exclusion's id in the policy file.</param>
/// <param name="Applies">Whether the exclusion applies (from the staff member's answer, or from the dates for the age limit).</param>
/// <param name="Outcome">Goes ahead, overridden by a concern, sent for a manager's decision, or not accepted.</param>
/// <param name="Explanation">
/// What the customer is told when it applies; for a referral with a good reason, that reason (<see cref="PendingExclusion.GoodReasonPrefix"/>).
/// </param>
public sealed record ExclusionFinding(string ExclusionId, bool Applies, ExclusionOutcome Outcome, string? Explanation);
