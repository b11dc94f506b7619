using ComplaintsBot.Cards;
using ComplaintsBot.Cases.Deadlines;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;

namespace ComplaintsBot.Reports;

/// <summary>
/// Open cases with a deadline passed and not met now, by each case's own policy (CaseDeadlines' one fallback when the
/// catalog no longer holds it), most overdue first. The
/// escalation window is the customer's deadline, not the landlord's, so it is left out.
/// </summary>
public sealed class OverdueCases(ReportCases cases, CaseDeadlines deadlines, DeadlineCalculator calculator, TimeProvider clock)
{
    public Task<IReadOnlyList<OverdueCaseRow>> ListAsync(CancellationToken cancellationToken = default) =>
        ListAsync(ReportFilter.None, cancellationToken);

    /// <summary>The overdue cases among those that pass <paramref name="filter"/>.</summary>
    public async Task<IReadOnlyList<OverdueCaseRow>> ListAsync(ReportFilter filter, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var (open, owners) = await cases.OpenAsync(filter, cancellationToken);
        var rows = new List<OverdueCaseRow>();
        foreach (var @case in open)
        {
            var policy = deadlines.PolicyOf(@case);
            foreach (var deadline in calculator.For(@case, policy, now))
            {
                if (deadline.Status != DeadlineStatus.Overdue || deadline.Kind == DeadlineKind.EscalationWindow) continue;
                rows.Add(new OverdueCaseRow(
                    @case.Reference.ToString(), @case.PolicyId, @case.CategoryId, @case.CurrentStage, deadline.Name, deadline.DueDate,
                    -(deadline.WorkingDaysLeft ?? 0), @case.OwnerId is { } owner ? owners.GetValueOrDefault(owner) : null,
                    DeadlineNames.ForStaff(deadline.Kind), @case.ServiceArea, @case.Theme, @case.Channel.ToString()));
            }
        }
        return rows.OrderByDescending(r => r.WorkingDaysOverdue).ThenBy(r => r.Reference, StringComparer.Ordinal).ToList();
    }
}
