using Microsoft.Extensions.Options;

namespace ComplaintsBot.Workflows.Retention;

/// <summary>The scheduled retention job: a run every <see cref="RetentionOptions.RunInterval"/>, on the injected clock, as the SLA monitor runs.</summary>
public sealed class RetentionMonitor(RetentionSweep sweep, TimeProvider clock, IOptions<RetentionOptions> options, ILogger<RetentionMonitor> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled) return;
        await Task.Delay(options.Value.FirstRunDelay, clock, stoppingToken);
        using var timer = new PeriodicTimer(options.Value.RunInterval, clock);
        do
        {
            try
            {
                var result = await sweep.RunOnceAsync(stoppingToken);
                if (result.Anonymised + result.Held + result.ChangedMeanwhile > 0)
                    logger.LogInformation("Retention: {Anonymised} cases anonymised, {Held} kept under legal hold, {Changed} changed meanwhile (next run).",
                        result.Anonymised, result.Held, result.ChangedMeanwhile);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A database hiccup must not stop the schedule; the next run finds what this one left.
                logger.LogError(e, "Retention run failed.");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
