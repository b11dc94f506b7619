using ComplaintsBot.Cases.Deadlines;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Cases.Store;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsBot.Cases.Sla;

/// <summary>
/// Keeps a case's <see cref="CaseDeadlineRow"/>s in step with its timeline: one row per unmet deadline of an
/// open case. The caller saves them with the change that moved them, so rows and case never disagree.
/// </summary>
public sealed class CaseDeadlineIndex(CaseDeadlines deadlines, DeadlineCalculator calculator, TimeProvider clock)
{
    private readonly ReminderWindows _windows = new(calculator.Calendar);

    /// <summary>Adds, keeps or removes the case's rows in <paramref name="db"/>'s change tracker; the caller saves.</summary>
    public async Task RefreshAsync(CasesDbContext db, Case @case, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(@case);
        var existing = await db.CaseDeadlines.AsTracking().Where(r => r.CaseId == @case.Id).ToListAsync(cancellationToken);
        var wanted = Unmet(@case);
        foreach (var row in existing)
        {
            // An unchanged deadline keeps its row, and so its place in the reminder schedule.
            var same = wanted.FindIndex(d => d.Kind.Name() == row.Kind && d.Due == row.Due && d.Provisional == row.Provisional);
            if (same >= 0) wanted.RemoveAt(same);
            else db.CaseDeadlines.Remove(row);
        }
        foreach (var deadline in wanted)
        {
            var policy = deadlines.PolicyOf(@case);
            db.CaseDeadlines.Add(new CaseDeadlineRow
            {
                CaseId = @case.Id,
                Kind = deadline.Kind.Name(),
                Due = deadline.Due,
                DueDate = deadline.DueDate,
                Provisional = deadline.Provisional,
                NextReminderAt = deadline.Provisional ? null : _windows.For(policy, deadline.Due, deadline.DueDate)[0].Opens,
            });
        }
    }

    private List<CaseDeadline> Unmet(Case @case)
    {
        if (@case.Status != CaseStatus.Open) return [];
        var set = calculator.For(@case, deadlines.PolicyOf(@case), clock.GetUtcNow());
        var unmet = new List<CaseDeadline>();
        foreach (var deadline in set)
            // The escalation window is the customer's time, not a task for staff.
            if (deadline.MetAt is null && deadline.Kind != DeadlineKind.EscalationWindow) unmet.Add(deadline);
        return unmet;
    }
}
