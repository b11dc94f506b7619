using ComplaintsBot.Cases.Deadlines;
using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Cases.Sla;
using ComplaintsBot.Cases.Store;
using ComplaintsBot.Cases.Time;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsBot.Workflows.Reminders;

/// <summary>
/// The first half of a sweep: writes a <see cref="Reminder"/> for each deadline whose reminder window has
/// opened (found through the index on <see cref="CaseDeadlineRow.NextReminderAt"/>), and one digest per
/// manager each working day. A key already written, by this or another instance, is left as it is.
/// </summary>
public sealed class ReminderPlanner(
    IDbContextFactory<CasesDbContext> contexts,
    CaseDeadlines deadlines,
    DeadlineCalculator calculator,
    WorkingHours hours,
    int batchSize,
    int maxPlannedPerSweep)
{
    private readonly ReminderWindows _windows = new(calculator.Calendar);

    /// <summary>
    /// Plans the deadlines whose next window has opened by <paramref name="now"/>, at most
    /// maxPlannedPerSweep of them so a sweep stays short (the rest wait for the next sweep, earliest first);
    /// returns how many reminders were written.
    /// </summary>
    public async Task<int> PlanDeadlinesAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var written = 0;
        var planned = 0;
        while (planned < maxPlannedPerSweep)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var due = await db.CaseDeadlines.AsTracking()
                .Where(r => r.NextReminderAt != null && r.NextReminderAt <= now)
                .OrderBy(r => r.NextReminderAt)
                .Take(Math.Min(batchSize, maxPlannedPerSweep - planned))
                .ToListAsync(cancellationToken);
            if (due.Count == 0) return written;
            var caseIds = due.Select(r => r.CaseId).Distinct().ToList();
            var policyOf = await db.Cases.Where(c => caseIds.Contains(c.Id)).Select(c => new { c.Id, c.PolicyId }).ToDictionaryAsync(c => c.Id, c => c.PolicyId, cancellationToken);

            var reminders = new List<Reminder>();
            foreach (var row in due)
            {
                // A case whose policy the catalog no longer holds is planned under the active one (CaseDeadlines' one fallback).
                if (!policyOf.TryGetValue(row.CaseId, out var policyId) || deadlines.PolicyOf(policyId) is not { } policy)
                {
                    row.NextReminderAt = null;
                    continue;
                }
                reminders.AddRange(Opened(row, policy, now));
                row.NextReminderAt = _windows.NextAfter(policy, row.Due, row.DueDate, now);
            }
            // Reminders first: a crash before the rows move on only means planning them again, and the keys refuse repeats.
            written += await InsertNewAsync(reminders, cancellationToken);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                // A case changed meanwhile and replaced its rows; the new rows are planned on their own.
            }
            planned += due.Count;
            if (due.Count < batchSize) return written;
        }
        return written;
    }

    /// <summary>Writes today's digest for each manager with a team case overdue or due today; returns how many were new.</summary>
    public async Task<int> PlanDigestsAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var today = LondonTime.DateOf(now);
        var endOfToday = LondonTime.EndOfDay(today);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // Driven from the Due index: the case's owner is a lookup per overdue row (a correlated subquery).
        // As a plain join, SQLite starts from the staff and reads every case of every owner.
        var owners = await db.CaseDeadlines
            .Where(d => !d.Provisional && d.Due <= endOfToday)
            .Select(d => db.Cases.Where(c => c.Id == d.CaseId).Select(c => c.OwnerId).FirstOrDefault())
            .Where(owner => owner != null)
            .Distinct()
            .ToListAsync(cancellationToken);
        var managers = await db.Staff
            .Where(s => owners.Contains(s.Id) && s.LineManagerId != null)
            .Select(s => s.LineManagerId!.Value)
            .Distinct()
            .ToListAsync(cancellationToken);
        var opening = hours.OpeningOn(today);
        return await InsertNewAsync(managers.Select(m => new Reminder
        {
            Key = Reminder.DigestKeyFor(m, today),
            Window = ReminderWindow.Digest,
            DueDate = today,
            RecipientStaffId = m,
            State = ReminderState.Pending,
            NotBefore = opening,
            CreatedAt = now,
        }).ToList(), cancellationToken);
    }

    // After a pause (a weekend, a stopped monitor) several windows may be open: only the latest is sent,
    // and a missed deadline goes to the owner and their manager.
    private IEnumerable<Reminder> Opened(CaseDeadlineRow row, Policy policy, DateTimeOffset now)
    {
        if (row.Provisional) yield break;
        (ReminderWindow Window, DateTimeOffset Opens)? latest = null;
        foreach (var window in _windows.For(policy, row.Due, row.DueDate))
            if (window.Opens <= now) latest = window;
        if (latest is not { } open) yield break;
        var notBefore = hours.NextOpen(open.Opens);
        yield return New(row, open.Window, notBefore, now);
        if (open.Window == ReminderWindow.Missed) yield return New(row, ReminderWindow.MissedToManager, notBefore, now);
    }

    private static Reminder New(CaseDeadlineRow row, ReminderWindow window, DateTimeOffset notBefore, DateTimeOffset now) => new()
    {
        Key = Reminder.KeyFor(row.CaseId, row.Kind, window, row.DueDate),
        CaseId = row.CaseId,
        DeadlineKind = row.Kind,
        Window = window,
        DueDate = row.DueDate,
        Due = row.Due,
        State = ReminderState.Pending,
        NotBefore = notBefore,
        CreatedAt = now,
    };

    private async Task<int> InsertNewAsync(List<Reminder> reminders, CancellationToken cancellationToken)
    {
        if (reminders.Count == 0) return 0;
        var keys = reminders.Select(r => r.Key).ToList();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var existing = (await db.Reminders.Where(r => keys.Contains(r.Key)).Select(r => r.Key).ToListAsync(cancellationToken)).ToHashSet();
        var fresh = reminders.Where(r => existing.Add(r.Key)).ToList();
        if (fresh.Count == 0) return 0;
        db.Reminders.AddRange(fresh);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            CountBreaches(fresh);
            return fresh.Count;
        }
        catch (DbUpdateException)
        {
            // Another instance wrote some of these keys between our read and our insert: one at a time.
            var inserted = 0;
            foreach (var reminder in fresh)
            {
                reminder.Id = 0;
                await using var single = await contexts.CreateDbContextAsync(cancellationToken);
                single.Reminders.Add(reminder);
                try
                {
                    await single.SaveChangesAsync(cancellationToken);
                    CountBreaches([reminder]);
                    inserted++;
                }
                catch (DbUpdateException)
                {
                    // Already there: that is the point of the key.
                }
            }
            return inserted;
        }
    }

    // A missed-deadline reminder is written once per missed deadline (its key is unique), so it counts breaches.
    private static void CountBreaches(IEnumerable<Reminder> written)
    {
        var missed = written.Count(r => r.Window == ReminderWindow.Missed);
        if (missed > 0) Telemetry.BotTelemetry.DeadlinesBreached.Add(missed);
    }
}
