using ComplaintsBot.Cases.Store;
using ComplaintsBot.Tests.Telemetry;
using ComplaintsBot.Tests.Workflows.Reminders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace ComplaintsBot.Tests.Instances;

/// <summary>Races between instances that the store handles are logged as what they are, once, never as errors with a stack trace.</summary>
public sealed class ReferenceRaceTests(PostgreSqlServer server) : IClassFixture<PostgreSqlServer>
{
    [Fact]
    public async Task Two_instances_opening_the_first_case_of_a_year_at_once_get_numbers_1_and_2_and_the_race_is_one_information_line_not_an_error()
    {
        var connection = await server.CreateDatabaseAsync();
        var logs = new CapturingLoggerProvider();
        await using var services = new ServiceCollection()
            .AddLogging(logging => logging.AddProvider(logs).SetMinimumLevel(LogLevel.Information))
            .AddCaseStorePostgreSql(connection)
            .BuildServiceProvider();
        await services.MigrateCaseStoreAsync();
        var before = logs.Lines.Count; // EF logs its first look for the migrations table on an empty database as an error
        var contexts = services.GetRequiredService<IDbContextFactory<CasesDbContext>>();
        var allocator = services.GetRequiredService<CaseReferenceAllocator>();

        // Instance A creates the 2031 counter in a transaction still open; instance B, allocating meanwhile, finds no
        // committed row and tries to create it too, so it waits on A's row until A commits.
        await using var first = await contexts.CreateDbContextAsync();
        await using var transaction = await first.Database.BeginTransactionAsync();
        var a = await allocator.AllocateAsync(first, "WCH", 2031);
        await using var second = await contexts.CreateDbContextAsync();
        var b = allocator.AllocateAsync(second, "WCH", 2031);
        await WaitForALockWaitAsync(connection);
        await transaction.CommitAsync();

        Assert.Equal(1, a.Sequence);
        Assert.Equal(2, (await b.WaitAsync(TimeSpan.FromSeconds(60))).Sequence);
        var lines = logs.Lines.Skip(before).ToList();
        var serious = lines.Where(l => l.Level >= LogLevel.Warning).ToList();
        Assert.True(serious.Count == 0, string.Join(Environment.NewLine, serious.Select(l => $"{l.Level} {l.Category}: {l.Message}")));
        var race = Assert.Single(lines, l => l.Category == typeof(CaseReferenceAllocator).FullName);
        Assert.Equal(LogLevel.Information, race.Level);
        Assert.Contains("created by another instance at the same moment", race.Message, StringComparison.Ordinal);
    }

    // Until some session of this database waits on a lock (B's insert behind A's uncommitted row).
    private static async Task WaitForALockWaitAsync(string connection)
    {
        await using var db = new NpgsqlConnection(connection);
        await db.OpenAsync();
        await using var query = new NpgsqlCommand("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'", db);
        var until = DateTime.UtcNow.AddSeconds(60);
        while ((long)(await query.ExecuteScalarAsync())! == 0)
        {
            if (DateTime.UtcNow > until) throw new TimeoutException("The second allocation never waited on the first's counter row.");
            await Task.Delay(50);
        }
    }
}
