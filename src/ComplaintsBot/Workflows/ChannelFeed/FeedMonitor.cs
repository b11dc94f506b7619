using ComplaintsBot.Scheduling;
using Microsoft.Extensions.Options;

namespace ComplaintsBot.Workflows.ChannelFeed;

/// <summary>The hosted feed monitor: a <see cref="FeedSweep"/> at start and every <see cref="FeedOptions.SweepInterval"/>.</summary>
public sealed class FeedMonitor(FeedSweep sweep, TimeProvider clock, IOptions<FeedOptions> options, ILogger<FeedMonitor> logger)
    : ScheduledJob(clock, logger)
{
    protected override string Name => "Complaints feed";

    protected override JobSchedule Schedule => new(options.Value.Enabled, TimeSpan.Zero, options.Value.SweepInterval);

    protected override async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        var result = await sweep.RunOnceAsync(cancellationToken);
        if (result.Posted + result.Updated + result.Replied + result.Failed > 0)
            Logger.LogInformation("Complaints feed: {Posted} posted, {Updated} updated, {Replied} breach replies, {Failed} failed (tried again later).",
                result.Posted, result.Updated, result.Replied, result.Failed);
    }
}
