using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace ComplaintsBot.Tests.Workflows.Reminders;

/// <summary>
/// A PostgreSQL server for the tests: PG_TEST_CONNECTION when set, otherwise a throwaway cluster from
/// Debian's postgresql package (initdb + pg_ctl, as the postgres user when run as root) in a temp folder
/// on a free loopback port, stopped and removed afterwards. Each test gets a database of its own. Without xunit
/// here, so the instances benchmark can use it too (PostgreSqlServer.Fixture.cs makes it a test fixture).
/// </summary>
public sealed partial class PostgreSqlServer
{
    private string? _folder;
    private string? _binaries;
    private string _connection = "";

    public async Task InitializeAsync()
    {
        var given = Environment.GetEnvironmentVariable("PG_TEST_CONNECTION");
        if (!string.IsNullOrWhiteSpace(given))
        {
            _connection = given;
            return;
        }
        _binaries = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(v => Path.Combine(v, "bin")).Where(b => File.Exists(Path.Combine(b, "initdb"))).Order().LastOrDefault()
            : null;
        if (_binaries is null)
            throw new InvalidOperationException("PostgreSQL is not installed: run `apt-get install -y postgresql` (scripts/test.sh does), or set PG_TEST_CONNECTION.");

        _folder = Path.Combine(Path.GetTempPath(), "complaintsbot-pg-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(_folder);
        if (IsRoot) await RunAsync("chown", ["postgres:postgres", _folder], asPostgres: false);
        var data = Path.Combine(_folder, "data");
        await RunAsync(Path.Combine(_binaries, "initdb"), ["-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-sync"], asPostgres: IsRoot);
        var port = FreePort();
        await RunAsync(Path.Combine(_binaries, "pg_ctl"),
            ["-D", data, "-l", Path.Combine(_folder, "server.log"), "-w", "-t", "60",
             "-o", $"-p {port} -k {_folder} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200", "start"], asPostgres: IsRoot);
        _connection = $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres";
    }

    /// <summary>A new, empty database; returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = "cb_" + Guid.NewGuid().ToString("N")[..16];
        await using (var connection = new NpgsqlConnection(_connection))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync();
        }
        return new NpgsqlConnectionStringBuilder(_connection) { Database = name }.ConnectionString;
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (_folder is null || _binaries is null) return;
        await RunAsync(Path.Combine(_binaries, "pg_ctl"), ["-D", Path.Combine(_folder, "data"), "-m", "immediate", "-w", "stop"], asPostgres: IsRoot);
        try { Directory.Delete(_folder, recursive: true); }
        catch (IOException) { /* a leftover temp folder is harmless */ }
    }

    private static bool IsRoot => Environment.UserName == "root";

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task RunAsync(string program, string[] arguments, bool asPostgres)
    {
        var start = new ProcessStartInfo(asPostgres ? "runuser" : program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        if (asPostgres) foreach (var a in new[] { "-u", "postgres", "--", program }) start.ArgumentList.Add(a);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} exited with {process.ExitCode}: {await error}{await output}");
    }
}
