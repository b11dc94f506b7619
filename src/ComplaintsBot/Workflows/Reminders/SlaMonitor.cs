using Microsoft.Extensions.Options;

namespace ComplaintsBot.Workflows.Reminders;

/// <summary>The hosted SLA monitor: a sweep every <see cref="ReminderOptions.SweepInterval"/>, on the injected clock.</summary>
public sealed class SlaMonitor(SlaSweep sweep, TimeProvider clock, IOptions<ReminderOptions> options, ILogger<SlaMonitor> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled) return;
        using var timer = new PeriodicTimer(options.Value.SweepInterval, clock);
        do
        {
            try
            {
                var result = await sweep.RunOnceAsync(stoppingToken);
                if (result.Written + result.Sent > 0)
                    logger.LogInformation("SLA sweep: {Written} reminders written, {Sent} sent.", result.Written, result.Sent);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A database hiccup must not stop the monitor; the next sweep picks up where this one stopped.
                logger.LogError(e, "SLA sweep failed.");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
