using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Store;
using ComplaintsBot.Tests.Workflows.SubjectAccess;
using ComplaintsBot.Workflows.Retention;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ComplaintsBot.Tests.Workflows.Retention;

/// <summary>The scheduled job: when it runs on the injected clock, and the settings it refuses.</summary>
public sealed class RetentionMonitorTests
{
    [Fact]
    public async Task The_job_runs_a_minute_after_start_and_then_every_interval_on_the_injected_clock()
    {
        await using var records = await CustomerRecords.CreateAsync();
        await records.ChangeAsync(records.AnnServiceRequest, c => c.Close(records.Clock.GetUtcNow()));
        // Both of Ann's ended cases are due; nothing runs before the first minute has passed.
        records.Clock.SetUtcNow(new DateTimeOffset(2033, 1, 3, 9, 0, 0, TimeSpan.Zero));
        var options = Options.Create(new RetentionOptions { RunInterval = TimeSpan.FromHours(6) });
        var sweep = new RetentionSweep(records.Contexts, records.Services.GetRequiredService<CaseAnonymiser>(), options, records.Clock);
        using var monitor = new RetentionMonitor(sweep, records.Clock, options, NullLogger<RetentionMonitor>.Instance);

        await monitor.StartAsync(CancellationToken.None);
        Assert.Equal(0, await AnonymisedAsync(records));
        records.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(2, await WaitForAsync(records, 2));
        await monitor.StopAsync(CancellationToken.None);
    }

    [Fact]
    public void A_period_under_a_year_is_refused_with_the_setting_named()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Retention:YearsAfterClosure:Compliment"] = "0" })
            .Build();
        using var services = new ServiceCollection().AddLogging().AddRetention(configuration).BuildServiceProvider();

        var refused = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<RetentionOptions>>().Value);
        Assert.Contains("Retention:YearsAfterClosure needs at least 1 year for each kind of record.", refused.Message, StringComparison.Ordinal);
    }

    private static async Task<int> AnonymisedAsync(CustomerRecords records)
    {
        await using var db = await records.Contexts.CreateDbContextAsync();
        return await db.AuditEntries.CountAsync(e => e.Action == CaseAuditActions.AnonymisedByRetention);
    }

    // The run happens on the monitor's own task once the clock moves; wait for its writes, not for time.
    private static async Task<int> WaitForAsync(CustomerRecords records, int expected)
    {
        for (var i = 0; i < 200; i++)
        {
            var count = await AnonymisedAsync(records);
            if (count >= expected) return count;
            await Task.Delay(50);
        }
        return await AnonymisedAsync(records);
    }
}
