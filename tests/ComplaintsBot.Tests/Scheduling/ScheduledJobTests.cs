using ComplaintsBot.Scheduling;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace ComplaintsBot.Tests.Scheduling;

/// <summary>
/// The one scheduled loop behind the SLA monitor, the channel feed and retention, on a fake clock. The job runs on
/// its own task, so each test waits for runs to be counted, never for time to pass.
/// </summary>
public sealed class ScheduledJobTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 8, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task The_first_run_comes_after_the_first_delay_and_then_one_run_each_interval()
    {
        var clock = new FakeTimeProvider(Start);
        using var job = new CountingJob(clock, new JobSchedule(true, TimeSpan.FromMinutes(1), TimeSpan.FromHours(6)));

        await job.StartAsync(CancellationToken.None);
        clock.Advance(TimeSpan.FromSeconds(59));
        await job.SettleAsync();
        Assert.Equal(0, job.Runs);

        clock.Advance(TimeSpan.FromSeconds(1));
        await job.WaitForRunsAsync(1);
        clock.Advance(TimeSpan.FromHours(6));
        await job.WaitForRunsAsync(2);
        await job.StopAsync(CancellationToken.None);
        Assert.Equal(2, job.Runs);
    }

    [Fact]
    public async Task A_clock_that_moves_as_soon_as_the_job_has_started_still_brings_the_first_run()
    {
        // The host runs the loop on a background thread; the schedule is fixed when the job starts, so a clock that
        // moves before that thread gets going cannot slip the first run by a whole interval.
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var clock = new FakeTimeProvider(Start);
            using var job = new CountingJob(clock, new JobSchedule(true, TimeSpan.FromMinutes(1), TimeSpan.FromHours(6)));
            await job.StartAsync(CancellationToken.None);
            clock.Advance(TimeSpan.FromMinutes(1));
            await job.WaitForRunsAsync(1);
            await job.StopAsync(CancellationToken.None);
        }
    }

    [Fact]
    public async Task A_failed_run_is_logged_and_the_schedule_goes_on()
    {
        var clock = new FakeTimeProvider(Start);
        using var job = new CountingJob(clock, new JobSchedule(true, TimeSpan.Zero, TimeSpan.FromMinutes(5))) { FailFirstRun = true };

        await job.StartAsync(CancellationToken.None);
        await job.WaitForRunsAsync(1);
        clock.Advance(TimeSpan.FromMinutes(5));
        await job.WaitForRunsAsync(2);
        await job.StopAsync(CancellationToken.None);
        Assert.Equal(1, job.Failures);
    }

    [Fact]
    public async Task Ticks_that_come_while_a_run_is_still_going_make_one_more_run_not_one_each()
    {
        var clock = new FakeTimeProvider(Start);
        using var job = new CountingJob(clock, new JobSchedule(true, TimeSpan.Zero, TimeSpan.FromMinutes(5))) { HoldFirstRun = true };

        await job.StartAsync(CancellationToken.None);
        await job.FirstRunStarted.Task.WaitAsync(TimeSpan.FromSeconds(30));
        for (var i = 0; i < 4; i++) clock.Advance(TimeSpan.FromMinutes(5));
        job.ReleaseFirstRun.SetResult();
        await job.WaitForRunsAsync(2);
        await job.SettleAsync();
        await job.StopAsync(CancellationToken.None);
        Assert.Equal(2, job.Runs);
    }

    [Fact]
    public async Task A_disabled_job_never_runs()
    {
        var clock = new FakeTimeProvider(Start);
        using var job = new CountingJob(clock, new JobSchedule(false, TimeSpan.Zero, TimeSpan.FromMinutes(5)));

        await job.StartAsync(CancellationToken.None);
        clock.Advance(TimeSpan.FromHours(1));
        await job.SettleAsync();
        await job.StopAsync(CancellationToken.None);
        Assert.Equal(0, job.Runs);
    }

    private sealed class CountingJob(TimeProvider clock, JobSchedule schedule) : ScheduledJob(clock, NullLogger.Instance)
    {
        private int runs;
        private int failures;

        public bool FailFirstRun { get; init; }
        public bool HoldFirstRun { get; init; }
        public TaskCompletionSource FirstRunStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public TaskCompletionSource ReleaseFirstRun { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public int Runs => Volatile.Read(ref runs);
        public int Failures => Volatile.Read(ref failures);

        protected override string Name => "Counting job";
        protected override JobSchedule Schedule => schedule;

        protected override async Task RunOnceAsync(CancellationToken cancellationToken)
        {
            var run = Interlocked.Increment(ref runs);
            if (run == 1 && HoldFirstRun)
            {
                FirstRunStarted.SetResult();
                await ReleaseFirstRun.Task.WaitAsync(cancellationToken);
            }
            if (run == 1 && FailFirstRun)
            {
                Interlocked.Increment(ref failures);
                throw new InvalidOperationException("the database went away");
            }
        }

        public async Task WaitForRunsAsync(int expected)
        {
            for (var i = 0; i < 600 && Runs < expected; i++) await Task.Delay(50);
            Assert.True(Runs >= expected, $"expected {expected} runs, saw {Runs}");
        }

        // Lets a run that was (wrongly) due get going before the test looks, so "no run" is not just "not yet".
        public Task SettleAsync() => Task.Delay(200);
    }
}
