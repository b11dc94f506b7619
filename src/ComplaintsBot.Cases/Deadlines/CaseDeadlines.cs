using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;

namespace ComplaintsBot.Cases.Deadlines;

/// <summary>
/// The deadlines of a case, in one place: the policy the case is judged under, its timeline, and the injected clock.
/// The policy fallback, the only one: a case is judged under the policy it was opened under; when the catalog no
/// longer holds that policy (its file was removed from policies/), it is shown and acted on under the active
/// policy, the one new cases get, rather than refused. Reminders, reports and the audit trail go through it too, so
/// such a case is reminded of, counted and described under the same policy its card shows, never skipped.
/// </summary>
public sealed class CaseDeadlines(PolicyCatalog policies, ActivePolicy active, DeadlineCalculator calculator, TimeProvider clock)
{
    /// <summary>The policy the case is judged under: its own, else the active policy.</summary>
    public Policy PolicyOf(Case @case)
    {
        ArgumentNullException.ThrowIfNull(@case);
        return PolicyOf(@case.PolicyId);
    }

    /// <summary>The policy a case opened under <paramref name="policyId"/> is judged under: that policy, else the active policy.</summary>
    public Policy PolicyOf(string policyId) => policies.TryGet(policyId, out var policy) ? policy : active.Policy;

    /// <summary>Whether the catalog still holds the policy the case was opened under (false: it is judged under the active policy).</summary>
    public bool HasOwnPolicy(Case @case)
    {
        ArgumentNullException.ThrowIfNull(@case);
        return policies.TryGet(@case.PolicyId, out _);
    }

    /// <summary>The case's deadlines now under <paramref name="policy"/>; none where the policy sets none for its category.</summary>
    public DeadlineSet Now(Case @case, Policy policy) => calculator.For(@case, policy, clock.GetUtcNow());

    /// <summary>
    /// The stage's response deadline when <paramref name="extensionDays"/> working days of extensions are approved in
    /// all: with the extensions approved so far it is the deadline now; the extension cards show it before and after.
    /// </summary>
    public CaseDeadline? ResponseDue(Case @case, Policy policy, int stage, int extensionDays)
    {
        ArgumentNullException.ThrowIfNull(@case);
        if (@case.Timeline(policy) is not { } timeline) return null;
        timeline = stage == 1 ? timeline with { Stage1ExtensionWorkingDays = extensionDays } : timeline with { Stage2ExtensionWorkingDays = extensionDays };
        return calculator.Compute(policy, timeline, clock.GetUtcNow()).Find(ResponseKind(stage));
    }

    /// <summary>The response deadline of a stage.</summary>
    public static DeadlineKind ResponseKind(int stage) => stage == 1 ? DeadlineKind.Stage1Response : DeadlineKind.Stage2Response;
}
