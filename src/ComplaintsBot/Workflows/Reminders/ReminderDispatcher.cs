using System.Text.Json;
using ComplaintsBot.Cases.Deadlines;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Cases.Sla;
using ComplaintsBot.Cases.Store;
using ComplaintsBot.Cases.Time;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsBot.Workflows.Reminders;

/// <summary>
/// The second half of a sweep: lists due reminders, then claims each just before sending it (an atomic UPDATE
/// that only succeeds on a row still unclaimed, or whose claim lease ran out), sends it within half the lease
/// and records the outcome only while still holding the claim. A failed send waits, twice as long each time,
/// and is marked failed after the last attempt.
/// </summary>
public sealed class ReminderDispatcher(
    IDbContextFactory<CasesDbContext> contexts,
    CaseDeadlines deadlines,
    DeadlineCalculator calculator,
    IReminderSender sender,
    ReminderCards cards,
    WorkingHours hours,
    ReminderOptions options,
    TimeProvider clock,
    ILogger<ReminderDispatcher> logger)
{
    public const string RedirectedAction = "reminder.sent-to-manager";
    /// <summary>The most cases a digest card lists; it says how many there are in all.</summary>
    public const int DigestCases = 25;
    private readonly string _instance = options.InstanceName ?? $"{Environment.MachineName}/{Environment.ProcessId}";

    /// <summary>Sends what is due at <paramref name="now"/>; returns how many were sent.</summary>
    public async Task<int> DispatchAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!hours.IsOpen(now)) return 0;
        var sent = 0;
        foreach (var id in await DueAsync(now, cancellationToken))
        {
            // Claimed one at a time, just before its own send, with a lease from the clock's time then: a batch that
            // sends slowly holds only the reminder in hand, so another instance takes the rest instead of repeating them.
            if (await ClaimAsync(id, cancellationToken) is not { } reminder) continue; // another instance has it
            var claim = reminder.ClaimedBy!;
            Outcome outcome;
            // The send must end inside the lease (past it another instance may take the reminder over): it gets half.
            using var sendLimit = new CancellationTokenSource(options.Lease / 2, clock);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, sendLimit.Token);
            try
            {
                outcome = await DeliverAsync(reminder, now, linked.Token);
            }
            catch (Exception e) when (e is not OperationCanceledException || (sendLimit.IsCancellationRequested && !cancellationToken.IsCancellationRequested))
            {
                var why = e is OperationCanceledException ? $"The send took longer than {options.Lease / 2} (half the lease) and was abandoned." : e.Message;
                logger.LogWarning("Reminder {Key}: attempt {Attempt} of {Max} failed: {Error}", reminder.Key, reminder.Attempts, options.MaxAttempts, why);
                outcome = reminder.Attempts >= options.MaxAttempts
                    ? new Outcome(ReminderState.Failed, null, null, why, now)
                    : new Outcome(ReminderState.Pending, null, null, why, hours.NextOpen(now + RetryDelay(reminder.Attempts)));
            }
            if (outcome.State == ReminderState.Sent)
            {
                sent++;
                Telemetry.BotTelemetry.RemindersSent.Add(1, new KeyValuePair<string, object?>("window", reminder.Window.ToString()));
                Telemetry.BotTelemetry.ConnectorSends.Add(1, new KeyValuePair<string, object?>("source", "reminder"));
            }
            if (!await RecordAsync(reminder.Id, claim, outcome, now, cancellationToken))
                logger.LogWarning("Reminder {Key}: the claim ran out before its outcome ({State}) was recorded; another instance holds it now.", reminder.Key, outcome.State);
        }
        return sent;
    }

    private TimeSpan RetryDelay(int attempts) => options.FirstRetryDelay * Math.Pow(2, Math.Max(0, attempts - 1));

    /// <summary>The ids of reminders due at <paramref name="now"/>, oldest first, at most a batch; each is claimed only when its turn comes.</summary>
    private async Task<List<long>> DueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await Claimable(db.Reminders, now)
            .OrderBy(r => r.NotBefore).ThenBy(r => r.Id)
            .Select(r => r.Id)
            .Take(options.BatchSize)
            .ToListAsync(cancellationToken);
    }

    /// <summary>Claims one reminder if it is still claimable now; null when another instance got it first.</summary>
    private async Task<Reminder?> ClaimAsync(long id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // The condition is checked by the UPDATE itself: of two instances racing for the row, the one whose UPDATE
        // runs second finds it claimed (PostgreSQL re-reads a row it waited for; SQLite has one writer) and gets 0 rows.
        var at = clock.GetUtcNow();
        var claim = $"{_instance}/{Guid.NewGuid():N}";
        var leaseUntil = at + options.Lease;
        var claimed = await Claimable(db.Reminders.Where(r => r.Id == id), at)
            .ExecuteUpdateAsync(set => set
                .SetProperty(r => r.State, ReminderState.Claimed)
                .SetProperty(r => r.ClaimedBy, claim)
                .SetProperty(r => r.LeaseUntil, leaseUntil)
                .SetProperty(r => r.Attempts, r => r.Attempts + 1), cancellationToken);
        return claimed == 0 ? null : await db.Reminders.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id && r.ClaimedBy == claim, cancellationToken);
    }

    private static IQueryable<Reminder> Claimable(IQueryable<Reminder> reminders, DateTimeOffset now) =>
        reminders.Where(r =>
            ((r.State == ReminderState.Pending || r.State == ReminderState.Snoozed) && r.NotBefore <= now)
            || (r.State == ReminderState.Claimed && r.LeaseUntil < now));

    private async Task<bool> RecordAsync(long id, string claim, Outcome outcome, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // Only the holder of the claim records: an instance whose lease ran out cannot overwrite its successor.
        return 1 == await db.Reminders.Where(r => r.Id == id && r.ClaimedBy == claim && r.State == ReminderState.Claimed)
            .ExecuteUpdateAsync(set => set
                .SetProperty(r => r.State, outcome.State)
                .SetProperty(r => r.NotBefore, outcome.NextAttempt)
                .SetProperty(r => r.LeaseUntil, (DateTimeOffset?)null)
                .SetProperty(r => r.SentAt, outcome.State == ReminderState.Sent ? now : null)
                .SetProperty(r => r.MessageId, outcome.MessageId)
                .SetProperty(r => r.RecipientStaffId, r => outcome.RecipientId ?? r.RecipientStaffId)
                .SetProperty(r => r.LastError, outcome.Error), cancellationToken);
    }

    private async Task<Outcome> DeliverAsync(Reminder reminder, DateTimeOffset now, CancellationToken cancellationToken) =>
        reminder.Window == ReminderWindow.Digest
            ? await DeliverDigestAsync(reminder, now, cancellationToken)
            : await DeliverDeadlineAsync(reminder, now, cancellationToken);

    private async Task<Outcome> DeliverDeadlineAsync(Reminder reminder, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var @case = await db.Cases
            .Include(c => c.Stages).ThenInclude(s => s.Extensions)
            .AsSplitQuery()
            .FirstOrDefaultAsync(c => c.Id == reminder.CaseId, cancellationToken);
        if (@case is null || @case.Status != CaseStatus.Open)
            return Outcome.Cancelled("The case is closed or gone.", now);
        // The policy the case card shows: its own, else the active one (CaseDeadlines' one fallback), never skipped.
        var policy = deadlines.PolicyOf(@case);
        if (@case.Timeline(policy) is not { } timeline)
            return Outcome.Cancelled("The case is closed or gone.", now);
        if (!DeadlineKinds.TryParse(reminder.DeadlineKind, out var kind) || calculator.Compute(policy, timeline, now).Find(kind) is not { } deadline
            || deadline.MetAt is not null || deadline.Due != reminder.Due)
            return Outcome.Cancelled("The deadline was met or has moved.", now);
        if (reminder.Window is ReminderWindow.Before or ReminderWindow.DueDay && now > deadline.Due)
            return Outcome.Cancelled("The deadline passed first; the missed reminder covers it.", now);
        if (reminder.Window == ReminderWindow.Before && LondonTime.DateOf(now) >= deadline.DueDate)
            return Outcome.Cancelled("Held back by quiet hours into the due day; the due-day reminder covers it.", now);

        var owner = @case.OwnerId is { } ownerId
            ? await db.Staff.Include(s => s.LineManager).FirstOrDefaultAsync(s => s.Id == ownerId, cancellationToken)
            : null;
        var manager = owner?.LineManager;
        var recipient = reminder.Window == ReminderWindow.MissedToManager ? manager : owner;
        if (recipient is null)
            return reminder.Window == ReminderWindow.MissedToManager
                ? Outcome.Cancelled("The owner has no line manager.", now)
                : Outcome.Failed("The case has no owner to remind.", now);

        var about = $"{@case.Reference} {reminder.DeadlineKind}";
        try
        {
            var id = await sender.SendAsync(recipient, new ReminderMessage(reminder.Key, reminder.Window, about, cards.Reminder(@case, policy, deadline, recipient)), cancellationToken);
            return Outcome.Sent(id, recipient.Id, now);
        }
        catch (RecipientUnreachableException unreachable) when (recipient == owner && manager is not null)
        {
            // The owner cannot get it, so their manager does, and the case's trail says so.
            var id = await sender.SendAsync(manager, new ReminderMessage(reminder.Key, reminder.Window, about, cards.Reminder(@case, policy, deadline, manager)), cancellationToken);
            db.AuditEntries.Add(new AuditEntry(@case.Id, now, "system", RedirectedAction, null, JsonSerializer.Serialize(new
            {
                note = $"The {DeadlineNamesFor(kind)} reminder went to {manager.DisplayName} instead of {owner!.DisplayName}: {unreachable.Message}",
                window = reminder.Window.ToString(),
                dueOn = reminder.DueDate,
                ownerId = owner.Id,
                sentToId = manager.Id,
            })));
            await db.SaveChangesAsync(cancellationToken);
            return Outcome.Sent(id, manager.Id, now);
        }
        catch (RecipientUnreachableException unreachable)
        {
            return Outcome.Failed(unreachable.Message, now);
        }
    }

    private static string DeadlineNamesFor(DeadlineKind kind) => Cards.DeadlineNames.ForStaff(kind).ToLowerInvariant();

    private async Task<Outcome> DeliverDigestAsync(Reminder reminder, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var manager = await db.Staff.FirstOrDefaultAsync(s => s.Id == reminder.RecipientStaffId, cancellationToken);
        if (manager is null) return Outcome.Cancelled("The manager is no longer in the directory.", now);
        var endOfToday = LondonTime.EndOfDay(LondonTime.DateOf(now));
        // Driven from the Due index, the team check a lookup per row (EXISTS). As a plain join, SQLite starts
        // from the manager's staff and reads every case they own, overdue or not.
        var managerId = manager.Id;
        var team = db.CaseDeadlines.Where(d => !d.Provisional && d.Due <= endOfToday
            && db.Cases.Any(c => c.Id == d.CaseId && db.Staff.Any(s => s.Id == c.OwnerId && s.LineManagerId == managerId)));
        var total = await team.Select(d => d.CaseId).Distinct().CountAsync(cancellationToken);
        // The card lists the most overdue cases only: a card must stay small (Teams refuses large ones).
        var caseIds = (await team.OrderBy(d => d.Due).Select(d => d.CaseId).Take(DigestCases * 8).ToListAsync(cancellationToken))
            .Distinct().Take(DigestCases).ToList();
        var cases = await db.Cases.Include(c => c.Stages).ThenInclude(s => s.Extensions).AsSplitQuery()
            .Where(c => caseIds.Contains(c.Id)).ToListAsync(cancellationToken);
        var rows = new List<(Case, Policy, CaseDeadline)>();
        foreach (var @case in cases)
        {
            var policy = deadlines.PolicyOf(@case);
            CaseDeadline? worst = null;
            foreach (var d in calculator.For(@case, policy, now))
                if (d.MetAt is null && !d.Provisional && d.Kind != DeadlineKind.EscalationWindow && d.Status is DeadlineStatus.Overdue or DeadlineStatus.DueToday
                    && (worst is null || d.Due < worst.Value.Due))
                    worst = d;
            if (worst is { } w) rows.Add((@case, policy, w));
        }
        if (rows.Count == 0) return Outcome.Cancelled("Nothing is overdue or due today any more.", now);
        rows.Sort((a, b) => a.Item3.Due.CompareTo(b.Item3.Due));
        var id = await sender.SendAsync(manager, new ReminderMessage(reminder.Key, reminder.Window, $"digest of {total}", cards.Digest(manager, rows, total, now)), cancellationToken);
        return Outcome.Sent(id, manager.Id, now);
    }

    private sealed record Outcome(ReminderState State, string? MessageId, int? RecipientId, string? Error, DateTimeOffset NextAttempt)
    {
        public static Outcome Sent(string? messageId, int recipientId, DateTimeOffset now) => new(ReminderState.Sent, messageId, recipientId, null, now);
        public static Outcome Cancelled(string why, DateTimeOffset now) => new(ReminderState.Cancelled, null, null, why, now);
        public static Outcome Failed(string why, DateTimeOffset now) => new(ReminderState.Failed, null, null, why, now);
    }
}
