using ComplaintsBot.Tests.Cli;
using ComplaintsBot.Tests.Hosting;
using ComplaintsBot.Tests.Workflows.Reminders;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace ComplaintsBot.Tests.Instances;

/// <summary>
/// Starting the real host as separate processes: replicas migrating one PostgreSQL database together, a schema
/// from a newer build, a second process on one SQLite file, bad settings; and the migrate command.
/// </summary>
public sealed class StartupTests(PostgreSqlServer server) : IClassFixture<PostgreSqlServer>
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private static Dictionary<string, string> PostgreSql(string connection) => new()
    {
        ["Store__Provider"] = "PostgreSql",
        ["ConnectionStrings__Cases"] = connection,
        ["Reminders__Enabled"] = "false",
    };

    [Fact]
    public async Task Two_replicas_started_at_the_same_moment_on_an_empty_database_both_come_up_20_times_out_of_20()
    {
        using var folder = new TempFolder();
        var failures = new List<string>();
        for (var round = 1; round <= 20; round++)
        {
            var settings = PostgreSql(await server.CreateDatabaseAsync());
            await using var first = HostProcess.Start(settings, folder.Path);
            await using var second = HostProcess.Start(settings, folder.Path);
            var ready = await Task.WhenAll(first.WaitReadyAsync(StartTimeout), second.WaitReadyAsync(StartTimeout));
            for (var i = 0; i < 2; i++)
            {
                var replica = i == 0 ? first : second;
                if (!ready[i]) failures.Add($"round {round}, replica {i + 1}: {replica.Error}");
                // Waiting for the other replica's migration is normal operation: nothing may be logged as a failure.
                foreach (var line in FailureLines(replica.Output + replica.Error))
                    failures.Add($"round {round}, replica {i + 1} logged: {line}");
            }
        }
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    /// <summary>Each error or critical entry of a console log, with its indented message lines.</summary>
    private static IEnumerable<string> FailureLines(string log)
    {
        var lines = log.Split('\n').Select(line => line.TrimEnd()).ToList();
        for (var i = 0; i < lines.Count; i++)
        {
            if (!lines[i].StartsWith("fail:", StringComparison.Ordinal) && !lines[i].StartsWith("crit:", StringComparison.Ordinal)) continue;
            var entry = lines.Skip(i).Take(1).Concat(lines.Skip(i + 1).TakeWhile(line => line.StartsWith(' ')));
            yield return string.Join(" | ", entry.Select(line => line.Trim()));
        }
    }

    [Fact]
    public async Task A_host_refuses_a_schema_from_a_newer_build_with_one_line_and_exit_78()
    {
        var connection = await server.CreateDatabaseAsync();
        Assert.Equal(0, CliRun.With(Configuration(connection), "migrate").ExitCode);
        await using (var db = new NpgsqlConnection(connection))
        {
            await db.OpenAsync();
            await using var insert = new NpgsqlCommand("""INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion") VALUES ('29991231000000_FromANewerBuild', '10.0.0')""", db);
            await insert.ExecuteNonQueryAsync();
        }
        using var folder = new TempFolder();

        await using var host = HostProcess.Start(PostgreSql(connection), folder.Path);

        Assert.True(await host.WaitExitAsync(StartTimeout), "The host kept running on a schema it does not know.");
        Assert.Equal(78, host.ExitCode);
        var line = Assert.Single(host.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("newer than this build", line, StringComparison.Ordinal);
        Assert.Contains("29991231000000_FromANewerBuild", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_migration_at_start_off_a_host_refuses_an_older_schema_and_migrate_then_lets_it_start()
    {
        var connection = await server.CreateDatabaseAsync();
        using var folder = new TempFolder();
        var settings = PostgreSql(connection);
        settings["Store__MigrateAtStartup"] = "false";

        await using (var refused = HostProcess.Start(settings, folder.Path))
        {
            Assert.True(await refused.WaitExitAsync(StartTimeout));
            Assert.Equal(78, refused.ExitCode);
            Assert.Contains("older than this build", Assert.Single(refused.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
        }

        var check = CliRun.With(Configuration(connection), "migrate", "--check");
        Assert.Equal(1, check.ExitCode);
        Assert.Contains("migration(s) to apply", check.Output, StringComparison.Ordinal);
        var migrate = CliRun.With(Configuration(connection), "migrate");
        Assert.Equal(0, migrate.ExitCode);
        Assert.Contains("applied 20261124161745_InitialPostgreSql", migrate.Output, StringComparison.Ordinal);
        Assert.Contains("already current", CliRun.With(Configuration(connection), "migrate").Output, StringComparison.Ordinal);
        Assert.Equal(0, CliRun.With(Configuration(connection), "migrate", "--check").ExitCode);

        await using var started = HostProcess.Start(settings, folder.Path);
        Assert.True(await started.WaitReadyAsync(StartTimeout), started.Error);
    }

    [Fact]
    public async Task The_report_command_reads_a_PostgreSQL_store_from_the_hosts_settings()
    {
        var connection = await server.CreateDatabaseAsync();
        Assert.Equal(0, CliRun.With(Configuration(connection), "migrate").ExitCode);

        var report = CliRun.With(Configuration(connection), "report", "--from", "2026-11-01", "--to", "2026-11-30", "--format", "json");

        Assert.True(report.ExitCode == 0, report.Error);
        Assert.StartsWith("{", report.Output.TrimStart(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_database_is_one_line_from_migrate()
    {
        var closedPort = HostProcess.FreePort();
        var run = CliRun.With(Configuration($"Host=127.0.0.1;Port={closedPort};Username=postgres;Database=none;Timeout=3"), "migrate");

        Assert.Equal(3, run.ExitCode);
        Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        await Task.CompletedTask;
    }

    [Fact]
    public async Task A_second_process_on_the_same_SQLite_file_is_refused_and_pointed_to_PostgreSQL()
    {
        using var folder = new TempFolder();
        var settings = new Dictionary<string, string> { ["Store__SqlitePath"] = Path.Combine(folder.Path, "cases.db"), ["Reminders__Enabled"] = "false" };
        await using var first = HostProcess.Start(settings, folder.Path);
        Assert.True(await first.WaitReadyAsync(StartTimeout), first.Error);
        Assert.Contains("Store migrated", first.Output, StringComparison.Ordinal);
        Assert.Empty(FailureLines(first.Output + first.Error));

        await using var second = HostProcess.Start(settings, folder.Path);

        Assert.True(await second.WaitExitAsync(StartTimeout), "A second process started on the same SQLite file.");
        Assert.Equal(78, second.ExitCode);
        var line = Assert.Single(second.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("Another ComplaintsBot process", line, StringComparison.Ordinal);
        Assert.Contains("PostgreSQL", line, StringComparison.Ordinal);
        Assert.False(first.HasExited);

        // The lock goes with the process, however it ends: after a SIGKILL the file is free again.
        first.Kill();
        await using var third = HostProcess.Start(settings, folder.Path);
        Assert.True(await third.WaitReadyAsync(StartTimeout), third.Error);
    }

    [Theory]
    [InlineData("Store__Provider", "Oracle", "Store:Provider is 'Oracle'")]
    [InlineData("Store__SqliteSynchronous", "Sometimes", "Store:SqliteSynchronous is 'Sometimes'")]
    [InlineData("Reminders__SweepInterval", "often", "Reminders:SweepInterval")]
    public async Task A_bad_setting_is_one_line_naming_it_and_exit_78_without_a_stack_trace(string key, string value, string expected)
    {
        using var folder = new TempFolder();
        var settings = new Dictionary<string, string> { ["Store__SqlitePath"] = Path.Combine(folder.Path, "cases.db"), [key] = value };

        await using var host = HostProcess.Start(settings, folder.Path);

        Assert.True(await host.WaitExitAsync(StartTimeout), "The host started with a bad setting.");
        Assert.Equal(78, host.ExitCode);
        var line = Assert.Single(host.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(expected, line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", host.Error + host.Output, StringComparison.Ordinal);
    }

    private static IConfiguration Configuration(string connection) => new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?> { ["Store:Provider"] = "PostgreSql", ["ConnectionStrings:Cases"] = connection })
        .Build();
}
