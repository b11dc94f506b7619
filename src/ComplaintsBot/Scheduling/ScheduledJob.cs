namespace ComplaintsBot.Scheduling;

/// <summary>When a scheduled job runs: whether at all, how long after start, then how often.</summary>
public sealed record JobSchedule(bool Enabled, TimeSpan FirstRun, TimeSpan Interval);

/// <summary>
/// The one scheduled loop behind the SLA monitor, the channel feed and retention: a run at
/// <see cref="JobSchedule.FirstRun"/> after start, then every <see cref="JobSchedule.Interval"/>, on the injected
/// clock. A failed run is logged and the schedule goes on; the next run finds what the failed one left.
/// </summary>
public abstract class ScheduledJob(TimeProvider clock, ILogger logger) : BackgroundService
{
    // Holds at most one waiting run: ticks that arrive while a run is still going collapse into the next run.
    private readonly SemaphoreSlim runDue = new(0, 1);
    private ITimer? timer;

    /// <summary>The job's name in the log ("SLA sweep").</summary>
    protected abstract string Name { get; }

    protected abstract JobSchedule Schedule { get; }

    /// <summary>The job's logger, for a line saying what a run did.</summary>
    protected ILogger Logger => logger;

    /// <summary>One run of the job.</summary>
    protected abstract Task RunOnceAsync(CancellationToken cancellationToken);

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        var schedule = Schedule;
        // Made here rather than in ExecuteAsync: the host runs ExecuteAsync on a background thread, and a timer
        // made there could start after the clock had already moved past the first run and so miss it.
        if (schedule.Enabled)
            timer = clock.CreateTimer(_ => SignalRunDue(), null, schedule.FirstRun, schedule.Interval);
        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (timer is null) return;
        while (!stoppingToken.IsCancellationRequested)
        {
            await runDue.WaitAsync(stoppingToken);
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A database or Teams hiccup must not stop the schedule.
                logger.LogError(e, "{Job} failed; the next run tries again.", Name);
            }
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        if (timer is not null) await timer.DisposeAsync();
        await base.StopAsync(cancellationToken);
    }

    public override void Dispose()
    {
        timer?.Dispose();
        base.Dispose();
        GC.SuppressFinalize(this);
    }

    private void SignalRunDue()
    {
        try { runDue.Release(); }
        catch (SemaphoreFullException) { /* a run is already waiting; this tick is the same run */ }
    }
}
