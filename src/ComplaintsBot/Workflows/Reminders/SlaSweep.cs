using ComplaintsBot.Cases.Time;

namespace ComplaintsBot.Workflows.Reminders;

/// <summary>One pass of the SLA monitor: write the reminders now due (and the day's digests), then send what is due.</summary>
public sealed class SlaSweep(ReminderPlanner planner, ReminderDispatcher dispatcher, WorkingHours hours, TimeProvider clock)
{
    private DateOnly? _digestsPlannedFor;

    public async Task<SweepResult> RunOnceAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var written = await planner.PlanDeadlinesAsync(now, cancellationToken);
        var today = LondonTime.DateOf(now);
        if (hours.IsOpen(now) && _digestsPlannedFor != today)
        {
            written += await planner.PlanDigestsAsync(now, cancellationToken);
            _digestsPlannedFor = today; // once a day per instance; the keys stop a second instance repeating it
        }
        var sent = await dispatcher.DispatchAsync(now, cancellationToken);
        return new SweepResult(written, sent);
    }
}
