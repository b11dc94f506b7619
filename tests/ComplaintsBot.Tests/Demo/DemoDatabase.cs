using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Store;
using ComplaintsBot.Cli;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ComplaintsBot.Tests.Demo;

/// <summary>A demo year written by `demo seed` into a new SQLite file, on a fixed clock (Monday 7 December 2026, noon).</summary>
public sealed class DemoDatabase : IAsyncDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 12, 7, 12, 0, 0, TimeSpan.Zero);

    private DemoDatabase(string folder)
    {
        Folder = folder;
        Path = System.IO.Path.Combine(folder, "demo.db");
    }

    public string Folder { get; }
    public string Path { get; }
    public (int ExitCode, string Output, string Error) Seeded { get; private set; }

    public static DemoDatabase Empty()
    {
        var folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "complaintsbot-demo-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return new DemoDatabase(folder);
    }

    public static DemoDatabase Seed(int seed = 42)
    {
        var demo = Empty();
        demo.Seeded = demo.Run("demo", "seed", "--seed", seed.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return demo;
    }

    /// <summary>An admin command on this database, on the fixed clock.</summary>
    public (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = AdminCli.Run([.. args, "--db", Path], output, error, new ConfigurationBuilder().Build(), new FakeTimeProvider(Now));
        return (exitCode, output.ToString(), error.ToString());
    }

    /// <summary>Every case with its stages, extensions and exclusion decisions, and the staff.</summary>
    public async Task<(List<Case> Cases, List<StaffMember> Staff)> ReadAsync()
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(Now));
        services.AddCaseStore(Path);
        await using var provider = services.BuildServiceProvider();
        await using var db = await provider.GetRequiredService<IDbContextFactory<CasesDbContext>>().CreateDbContextAsync();
        var cases = await db.Cases.AsNoTracking().Include(c => c.Stages).ThenInclude(s => s.Extensions).Include(c => c.ExclusionDecisions)
            .OrderBy(c => c.Id).ToListAsync();
        var staff = await db.Staff.AsNoTracking().OrderBy(s => s.Id).ToListAsync();
        return (cases, staff);
    }

    /// <summary>The audit trail, oldest entry first (in the order written).</summary>
    public async Task<List<AuditEntry>> AuditAsync()
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(Now));
        services.AddCaseStore(Path);
        await using var provider = services.BuildServiceProvider();
        await using var db = await provider.GetRequiredService<IDbContextFactory<CasesDbContext>>().CreateDbContextAsync();
        return await db.AuditEntries.AsNoTracking().OrderBy(e => e.Id).ToListAsync();
    }

    public ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
        return ValueTask.CompletedTask;
    }
}
