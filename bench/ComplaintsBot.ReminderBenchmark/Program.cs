using System.Diagnostics;
using System.Globalization;
using ComplaintsBot.Cases.Deadlines;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Cases.Sla;
using ComplaintsBot.Cases.Store;
using ComplaintsBot.ReminderBenchmark;
using ComplaintsBot.Workflows.Reminders;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

// Seeds open complaints (default 1,000,000) with their deadline rows on a fresh SQLite file, then times
// single SLA monitor sweeps at the moments that matter on Tue 2 Mar 2027 (GMT):
//   00:05  the night sweep that writes the day's reminders (quiet hours: nothing is sent),
//   00:10  a sweep with nothing due (every sweep for most of the day),
//   08:00  the first sweep in working hours: the day's digests, and one batch of reminders sent,
//   08:05  the next batch.
var cases = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
const int SpreadWorkingDays = 250;
const int Owners = 200;
var now = new DateTimeOffset(2027, 3, 2, 0, 5, 0, TimeSpan.Zero);
var reportOn = false;
// A first run on a small file compiles EF's queries and JITs the code, so the figures are the sweeps' own.
await RunAsync(2_000, report: false);
await RunAsync(cases, report: true);

async Task RunAsync(int cases, bool report)
{
    reportOn = report;
    var folder = Path.Combine(Path.GetTempPath(), "complaintsbot-reminder-bench", Guid.NewGuid().ToString("N"));
    var path = Path.Combine(folder, "bench.db");

    var clock = new FakeTimeProvider(now.AddHours(-1));
    var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["Store:SqlitePath"] = path,
        ["Reminders:InstanceName"] = "bench",
    }).Build();
    var sender = new NullReminderSender();
    var policies = PolicyCatalog.Load();
    var services = new ServiceCollection()
        .AddLogging(logging =>
        {
            // BENCH_SQL_LOG=1 prints each SQL command with its time, to see where a slow sweep goes.
            if (Environment.GetEnvironmentVariable("BENCH_SQL_LOG") == "1" && report)
                logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Critical).AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.Information);
            else
                logging.SetMinimumLevel(LogLevel.Critical);
        })
        .AddSingleton<TimeProvider>(clock)
        .AddSingleton(policies)
        .AddSingleton<DeadlineCalculator>()
        .AddCaseStore(configuration)
        .AddSingleton<IReminderSender>(sender)
        .AddSlaReminders(configuration)
        .BuildServiceProvider();
    await services.MigrateCaseStoreAsync();

    var contexts = services.GetRequiredService<IDbContextFactory<CasesDbContext>>();
    await using (var db = await contexts.CreateDbContextAsync())
    {
        var manager = new StaffMember("aad-manager", "Mina Manager") { Roles = [StaffRoles.Manager] };
        db.Staff.Add(manager);
        await db.SaveChangesAsync();
        for (var i = 0; i < Owners; i++)
            db.Staff.Add(new StaffMember($"aad-owner-{i}", $"Owner {i}") { Roles = [StaffRoles.Officer], LineManagerId = manager.Id });
        await db.SaveChangesAsync();
    }

    var seeding = Stopwatch.StartNew();
    Seeder.Seed(path, cases, SpreadWorkingDays, policies.Get("hoc-2024"), now, Owners);
    await using (var db = await contexts.CreateDbContextAsync())
        await db.Database.ExecuteSqlRawAsync("ANALYZE;");
    long rows;
    await using (var db = await contexts.CreateDbContextAsync()) rows = await db.CaseDeadlines.LongCountAsync();
    Report($"Seeded {cases:N0} open cases and {rows:N0} deadline rows in {seeding.Elapsed.TotalSeconds:F1} s ({new FileInfo(path).Length / 1_048_576:N0} MB).");

    var sweep = services.GetRequiredService<SlaSweep>();
    async Task TimeAsync(string what, DateTimeOffset at)
    {
        clock.SetUtcNow(at);
        var watch = Stopwatch.StartNew();
        var result = await sweep.RunOnceAsync();
        watch.Stop();
        Report($"{at:HH:mm} {what,-44} {watch.Elapsed.TotalMilliseconds,8:F0} ms   written {result.Written,6:N0}   sent {result.Sent,4:N0}");
    }

    // One warm-up sweep an hour earlier compiles EF's queries without touching the figures' work.
    clock.SetUtcNow(now.AddHours(-1));
    await sweep.RunOnceAsync();
    await TimeAsync("night sweep: writes a share of the day's reminders", now);
    // The rest of the night's windows, a bounded share per sweep, five minutes apart.
    var at = now;
    var nightSweeps = 1;
    var slowest = TimeSpan.Zero;
    while (true)
    {
        at = at.AddMinutes(5);
        clock.SetUtcNow(at);
        var watch = Stopwatch.StartNew();
        var result = await sweep.RunOnceAsync();
        if (result.Written == 0) break;
        nightSweeps++;
        if (watch.Elapsed > slowest) slowest = watch.Elapsed;
    }
    Report($"      {nightSweeps} night sweeps wrote the day's reminders, slowest after the first {slowest.TotalMilliseconds:F0} ms; all written by {at.AddMinutes(-5):HH:mm}");
    await TimeAsync("sweep with nothing due", at.AddMinutes(5));
    await TimeAsync("first working-hours sweep: digests + a batch", now.AddHours(8).AddMinutes(-5));
    await TimeAsync("next sweep: the next batch", now.AddHours(8));
    await TimeAsync("and the next", now.AddHours(8).AddMinutes(5));
    // The digest was written last, so it goes out with the day's last batch: time that sweep.
    at = now.AddHours(8).AddMinutes(5);
    var digestSweep = TimeSpan.Zero;
    while (true)
    {
        at = at.AddMinutes(5);
        await using (var db = await contexts.CreateDbContextAsync())
            if (await db.Reminders.AnyAsync(r => r.Window == ReminderWindow.Digest && r.State == ReminderState.Sent)) break;
        clock.SetUtcNow(at);
        var watch = Stopwatch.StartNew();
        var result = await sweep.RunOnceAsync();
        watch.Stop();
        if (result.Sent == 0) break;
        digestSweep = watch.Elapsed;
    }
    Report($"{at.AddMinutes(-5):HH:mm} {"the sweep that sent the digest",-44} {digestSweep.TotalMilliseconds,8:F0} ms");

    await using (var db = await contexts.CreateDbContextAsync())
    {
        var states = await db.Reminders.GroupBy(r => r.State).Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
        Report("Reminders: " + string.Join(", ", states.Select(s => $"{s.Key} {s.Count:N0}")));
        foreach (var error in await db.Reminders.Where(r => r.LastError != null && r.State != ReminderState.Cancelled).Select(r => r.LastError).Distinct().Take(3).ToListAsync())
            Report("Last error: " + error);
    }
    await services.DisposeAsync();
    SqliteConnection.ClearAllPools();
    // BENCH_KEEP_DB=1 keeps the measured file, to look at query plans with the sqlite3 shell.
    if (report && Environment.GetEnvironmentVariable("BENCH_KEEP_DB") == "1") Console.WriteLine($"Kept {path}");
    else Directory.Delete(folder, recursive: true);
}

void Report(string line)
{
    if (reportOn) Console.WriteLine(line);
}
