using ComplaintsBot.Cases.Deadlines;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;

namespace ComplaintsBot.Cases.Store;

/// <summary>
/// Describes a case by its <see cref="CaseSnapshot"/> with its deadlines under its policy, so the audit
/// trail shows how each change moved them (an approved extension, an escalation). The policy is the one its card
/// shows (<see cref="CaseDeadlines.PolicyOf(Case)"/>: its own, else the active policy); a category that policy does
/// not know is described without deadlines rather than refused.
/// </summary>
public sealed class CaseDeadlineDescriber(CaseDeadlines deadlines, DeadlineCalculator calculator, TimeProvider clock) : ICaseAuditDescriber
{
    public string Describe(Case @case)
    {
        ArgumentNullException.ThrowIfNull(@case);
        return CaseSnapshot.Of(@case, Deadlines(@case)).ToJson();
    }

    private CaseDeadline[]? Deadlines(Case @case)
    {
        var policy = deadlines.PolicyOf(@case);
        if (!policy.Categories.Any(c => string.Equals(c.Id, @case.CategoryId, StringComparison.OrdinalIgnoreCase))) return null;
        return @case.Timeline(policy) is { } timeline ? calculator.Compute(policy, timeline, clock).ToArray() : null;
    }
}
