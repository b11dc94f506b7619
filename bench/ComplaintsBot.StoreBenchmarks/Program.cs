using System.Diagnostics;
using System.Globalization;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Cases.Store;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

// Opens, changes and reads cases through CaseService on a fresh SQLite file (WAL, busy timeout) with
// 1, 4 and 8 concurrent writers, and prints throughput and latency percentiles for each.
var perWriter = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 200;
var folder = Path.Combine(Path.GetTempPath(), "complaintsbot-store-bench", Guid.NewGuid().ToString("N"));
await using var services = new ServiceCollection().AddCaseStore(Path.Combine(folder, "bench.db")).BuildServiceProvider();
await services.MigrateCaseStoreAsync();
var store = services.GetRequiredService<CaseService>();
var received = new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

CaseIntake Intake(int n) => new()
{
    PolicyId = "wch",
    CategoryId = "complaint",
    Kind = ContactKind.Complaint,
    Customer = Customer.Named($"Customer {n}", CustomerRelationship.Tenant, $"T-{n:D6}"),
    Channel = ContactChannel.Phone,
    ReceivedAt = received,
    Description = "The boiler has failed three times since October and the repair is overdue.",
};

// Warm up EF's model, query compilation and the connection pool.
var warm = await store.OpenAsync(Intake(0), "WRM", "bench");
await store.ChangeAsync(warm.Id, warm.Version, "bench", "warm", c => c.Acknowledge(received.AddHours(1)));
await store.FindAsync(warm.Reference);

Console.WriteLine(FormattableString.Invariant($"SQLite {SqliteVersion()}, {perWriter} operations per writer, load average {LoadAverage()}"));
Console.WriteLine("operation      writers   ops     ops/s    p50 ms   p95 ms   p99 ms   max ms");
foreach (var writers in new[] { 1, 4, 8 })
{
    var prefix = $"B{writers}";
    var opened = new List<Case>[writers];
    await Measure("open", writers, async (w, i) =>
    {
        (opened[w] ??= []).Add(await store.OpenAsync(Intake(i), prefix, "bench"));
    });
    await Measure("acknowledge", writers, async (w, i) =>
    {
        var c = opened[w][i];
        await store.ChangeAsync(c.Id, c.Version, "bench", "stage.acknowledged", x => x.Acknowledge(received.AddHours(1)));
    });
    await Measure("find", writers, async (w, i) => _ = await store.FindAsync(opened[w][i].Reference));
}

var factory = services.GetRequiredService<IDbContextFactory<CasesDbContext>>();
await using (var db = await factory.CreateDbContextAsync())
    Console.WriteLine(FormattableString.Invariant($"cases: {await db.Cases.CountAsync():N0}, audit entries: {await db.AuditEntries.CountAsync():N0}, file: {new FileInfo(Path.Combine(folder, "bench.db")).Length / 1024:N0} KiB (+ WAL)"));
SqliteConnection.ClearAllPools();
Directory.Delete(folder, recursive: true);

async Task Measure(string name, int writers, Func<int, int, Task> operation)
{
    var latencies = new double[writers * perWriter];
    var wall = Stopwatch.StartNew();
    await Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
    {
        for (var i = 0; i < perWriter; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await operation(w, i);
            latencies[w * perWriter + i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }
    })));
    wall.Stop();
    Array.Sort(latencies);
    double P(double q) => latencies[Math.Min(latencies.Length - 1, (int)(q * latencies.Length))];
    Console.WriteLine(FormattableString.Invariant(
        $"{name,-14} {writers,7} {latencies.Length,5} {latencies.Length / wall.Elapsed.TotalSeconds,9:N0} {P(0.50),8:N2} {P(0.95),8:N2} {P(0.99),8:N2} {latencies[^1],8:N2}"));
}

static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";

static string SqliteVersion()
{
    using var connection = new SqliteConnection("Data Source=:memory:");
    connection.Open();
    return connection.ServerVersion;
}
