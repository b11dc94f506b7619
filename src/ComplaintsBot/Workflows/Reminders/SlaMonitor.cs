using ComplaintsBot.Scheduling;
using Microsoft.Extensions.Options;

namespace ComplaintsBot.Workflows.Reminders;

/// <summary>The hosted SLA monitor: an <see cref="SlaSweep"/> at start and every <see cref="ReminderOptions.SweepInterval"/>.</summary>
public sealed class SlaMonitor(SlaSweep sweep, TimeProvider clock, IOptions<ReminderOptions> options, ILogger<SlaMonitor> logger)
    : ScheduledJob(clock, logger)
{
    protected override string Name => "SLA sweep";

    protected override JobSchedule Schedule => new(options.Value.Enabled, TimeSpan.Zero, options.Value.SweepInterval);

    protected override async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        var result = await sweep.RunOnceAsync(cancellationToken);
        if (result.Written + result.Sent > 0)
            Logger.LogInformation("SLA sweep: {Written} reminders written, {Sent} sent.", result.Written, result.Sent);
    }
}
