using ComplaintsBot.Scheduling;
using Microsoft.Extensions.Options;

namespace ComplaintsBot.Workflows.Retention;

/// <summary>The scheduled retention job: a <see cref="RetentionSweep"/> <see cref="RetentionOptions.FirstRunDelay"/> after start, then every <see cref="RetentionOptions.RunInterval"/>.</summary>
public sealed class RetentionMonitor(RetentionSweep sweep, TimeProvider clock, IOptions<RetentionOptions> options, ILogger<RetentionMonitor> logger)
    : ScheduledJob(clock, logger)
{
    protected override string Name => "Retention";

    protected override JobSchedule Schedule => new(options.Value.Enabled, options.Value.FirstRunDelay, options.Value.RunInterval);

    protected override async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        var result = await sweep.RunOnceAsync(cancellationToken);
        if (result.Anonymised + result.Held + result.ChangedMeanwhile > 0)
            Logger.LogInformation("Retention: {Anonymised} cases anonymised, {Held} kept under legal hold, {Changed} changed meanwhile (next run).",
                result.Anonymised, result.Held, result.ChangedMeanwhile);
    }
}
