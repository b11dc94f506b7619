using System.Net;
using ComplaintsBot.Tests.Hosting;
using ComplaintsBot.Tests.Workflows.Reminders;
using Npgsql;

namespace ComplaintsBot.Tests.Instances;

/// <summary>
/// What a load balancer reads from a running instance on PostgreSQL: /healthz/ready is 200 only while the database
/// answers and its schema is this build's; /healthz/live stays 200 whatever the database does.
/// </summary>
public sealed class ReadinessTests(PostgreSqlServer server) : IClassFixture<PostgreSqlServer>
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task Ready_turns_unhealthy_when_a_newer_build_migrates_the_schema_and_when_the_database_cannot_be_reached_while_live_stays_healthy()
    {
        var connection = await server.CreateDatabaseAsync();
        using var folder = new TempFolder();
        await using var host = HostProcess.Start(new Dictionary<string, string>
        {
            ["Store__Provider"] = "PostgreSql",
            ["ConnectionStrings__Cases"] = connection,
            ["Reminders__Enabled"] = "false",
        }, folder.Path);
        Assert.True(await host.WaitReadyAsync(StartTimeout), host.Error);
        using var http = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { BaseAddress = host.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(http, "healthz/ready")).Status);

        // A newer build migrated the database mid-upgrade: this instance leaves the rotation.
        await ExecuteAsync(connection, """INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion") VALUES ('29991231000000_FromANewerBuild', '10.0.0')""");
        var newer = await GetAsync(http, "healthz/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, newer.Status);
        Assert.Contains("newer than this build", newer.Body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(http, "healthz/live")).Status);

        // Back to its own schema, then the database goes away.
        await ExecuteAsync(connection, """DELETE FROM "__EFMigrationsHistory" WHERE "MigrationId" = '29991231000000_FromANewerBuild'""");
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(http, "healthz/ready")).Status);
        var database = new NpgsqlConnectionStringBuilder(connection).Database;
        await ExecuteAsync(new NpgsqlConnectionStringBuilder(connection) { Database = "postgres", Pooling = false }.ConnectionString, $"DROP DATABASE {database} WITH (FORCE)");
        var gone = await GetAsync(http, "healthz/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, gone.Status);
        Assert.Contains("unreachable", gone.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", gone.Body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(http, "healthz/live")).Status);
    }

    private static async Task<(HttpStatusCode Status, string Body)> GetAsync(HttpClient http, string path)
    {
        using var response = await http.GetAsync(new Uri(path, UriKind.Relative));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static async Task ExecuteAsync(string connection, string sql)
    {
        await using var db = new NpgsqlConnection(connection);
        await db.OpenAsync();
        await using var command = new NpgsqlCommand(sql, db);
        await command.ExecuteNonQueryAsync();
    }
}
