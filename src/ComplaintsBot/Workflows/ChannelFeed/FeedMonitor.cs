using Microsoft.Extensions.Options;

namespace ComplaintsBot.Workflows.ChannelFeed;

/// <summary>The hosted feed monitor: a <see cref="FeedSweep"/> every <see cref="FeedOptions.SweepInterval"/>, on the injected clock, as the SLA monitor runs.</summary>
public sealed class FeedMonitor(FeedSweep sweep, TimeProvider clock, IOptions<FeedOptions> options, ILogger<FeedMonitor> logger) : BackgroundService
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
                if (result.Posted + result.Updated + result.Replied + result.Failed > 0)
                    logger.LogInformation("Complaints feed: {Posted} posted, {Updated} updated, {Replied} breach replies, {Failed} failed (tried again later).",
                        result.Posted, result.Updated, result.Replied, result.Failed);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A database or Teams hiccup must not stop the feed; the next sweep picks up what this one left.
                logger.LogError(e, "Complaints feed sweep failed.");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
