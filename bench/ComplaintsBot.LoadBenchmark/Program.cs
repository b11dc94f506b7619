using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using ComplaintsBot.LoadBenchmark;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
var options = BenchmarkOptions.Parse(args);
var sqlitePath = Path.Combine(Path.GetTempPath(), $"complaintsbot-load-{Guid.NewGuid():N}.db");
var sqlCommands = new SqlCommandCounter(options.SqlLog);

Console.WriteLine($"ComplaintsBot load benchmark: {Environment.ProcessorCount} cores, {(GCSettings.IsServerGC ? "server" : "workstation")} GC, " +
                  $"concurrency {options.Concurrency}, {options.Conversations} conversations x {TeamsConversation.TurnCount} turns, warm-up {options.WarmUp} conversations");
Console.WriteLine($"State: {sqlitePath}");

await using var connector = new ConnectorStandIn();
await connector.StartAsync();
var host = await BenchmarkHost.StartAsync(sqlitePath, sqlCommands, options.Settings);
if (options.ProfileStorage > 0)
{
    await StorageProfile.RunAsync(host.Services.GetRequiredService<ComplaintsBot.BotFramework.Builder.IStorage>(), options.ProfileStorage, sqlitePath, host.Services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<ComplaintsBot.Cases.Store.CasesDbContext>>());
    await host.StopAsync();
    await host.DisposeAsync();
    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    foreach (var file in new[] { sqlitePath, sqlitePath + "-wal", sqlitePath + "-shm" }) File.Delete(file);
    return 0;
}
var messages = new Uri(new Uri(host.Urls.First()), "/api/messages");

using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = int.MaxValue, UseCookies = false, UseProxy = false })
{
    Timeout = TimeSpan.FromSeconds(30),
};
var driver = new LoadDriver(http, messages, connector);

var all = new List<SentConversation>();
// A warm-up round that JIT-compiles no more methods than this counts as settled.
const int SettledJitMethods = 20;
if (options.WarmUp > 0)
{
    // Tiered JIT keeps recompiling hot methods for 10-20 s on 2 busy cores; measuring before it settles
    // would time the compiler, not the bot. Warm up in rounds until a round compiles (almost) nothing new.
    var warmUpClock = Stopwatch.StartNew();
    var (rounds, warmUpTurns, failed, compiledInLastRound) = (0, 0, 0, 0L);
    do
    {
        var compiledBefore = System.Runtime.JitInfo.GetCompiledMethodCount();
        var warmUp = await driver.RunAsync(options.WarmUp, options.Concurrency, all.Count);
        compiledInLastRound = System.Runtime.JitInfo.GetCompiledMethodCount() - compiledBefore;
        all.AddRange(warmUp.Conversations);
        (rounds, warmUpTurns, failed) = (rounds + 1, warmUpTurns + warmUp.Latencies.Length, failed + warmUp.Failures.Length);
    }
    while (compiledInLastRound > SettledJitMethods && warmUpClock.Elapsed < options.LongestWarmUp);
    Console.WriteLine($"Warm-up: {warmUpTurns} turns in {rounds} rounds, {warmUpClock.Elapsed.TotalSeconds:F1} s, {failed} failed conversations; the last round JIT-compiled {compiledInLastRound} methods");
}

GC.Collect();
var sqlBefore = (sqlCommands.Count, sqlCommands.ConnectionsOpened);
var before = ProcessMetrics.Now();
var compiledBeforeRun = System.Runtime.JitInfo.GetCompiledMethodCount();
var run = await driver.RunAsync(options.Conversations, options.Concurrency, all.Count);
var used = ProcessMetrics.Now().Since(before);
var compiledDuringRun = System.Runtime.JitInfo.GetCompiledMethodCount() - compiledBeforeRun;
var peakRss = ProcessMetrics.PeakResidentMebibytes();
// The goal is in MB (10^6 bytes), a little stricter than MiB.
var peakRssMegabytes = peakRss * 1024 * 1024 / 1e6;
all.AddRange(run.Conversations);

await host.StopAsync();
await host.DisposeAsync();
var durable = StateDurabilityCheck.Run(sqlitePath, all);

var turns = run.Latencies.Length;
var sorted = run.Latencies.Order().ToArray();
double Percentile(double p) => turns == 0 ? double.NaN : sorted[Math.Min(turns - 1, (int)Math.Ceiling(p * turns) - 1)] * 1000.0 / Stopwatch.Frequency;
var throughput = turns / run.Elapsed.TotalSeconds;
var cpuPerTurn = used.Cpu.TotalMilliseconds / Math.Max(1, turns);

Console.WriteLine();
Console.WriteLine($"Turns (correct)      {turns} of {options.Conversations * TeamsConversation.TurnCount} in {run.Elapsed.TotalSeconds:F2} s; failed conversations: {run.Failures.Length}");
Console.WriteLine($"Throughput           {throughput:F0} turns/s");
Console.WriteLine($"Latency              p50 {Percentile(0.50):F2} ms, p95 {Percentile(0.95):F2} ms, p99 {Percentile(0.99):F2} ms, max {Percentile(1.0):F2} ms");
Console.WriteLine($"CPU per turn         {cpuPerTurn:F3} ms (whole process: host, driver and Connector stand-in; {used.KernelCpu.TotalMilliseconds / Math.Max(1, turns):F3} ms of it in the kernel; {used.Cpu.TotalSeconds:F2} s CPU over {run.Elapsed.TotalSeconds:F2} s = {used.Cpu / run.Elapsed:F2} cores)");
Console.WriteLine($"Allocated per turn   {used.AllocatedBytes / 1024.0 / Math.Max(1, turns):F1} KiB; GCs gen0 {used.Gen0}, gen1 {used.Gen1}, gen2 {used.Gen2}");
Console.WriteLine($"JIT during the run   {compiledDuringRun} methods compiled");
Console.WriteLine($"SQL per turn         {(double)(sqlCommands.Count - sqlBefore.Count) / Math.Max(1, turns):F2} EF commands, {(double)(sqlCommands.ConnectionsOpened - sqlBefore.ConnectionsOpened) / Math.Max(1, turns):F2} connection opens");
Console.WriteLine($"Peak RSS (VmHWM)     {peakRss:F0} MiB = {peakRssMegabytes:F0} MB");
Console.WriteLine($"Durable state        {durable.Rows} BotState rows, {durable.DistinctETags} distinct ETags, {durable.Completed} completed, {durable.AllTurnsRecorded} with all {TeamsConversation.TurnCount} turns recorded, of {all.Count} conversations");
Console.WriteLine($"Unexpected replies   {connector.Unexpected}");
foreach (var failure in run.Failures.Take(5)) Console.WriteLine($"  failure: {failure}");
foreach (var problem in durable.Problems.Take(5)) Console.WriteLine($"  state problem: {problem}");

var goals = new (string Name, bool Met)[]
{
    ("every turn correct", run.Failures.Length == 0 && turns == options.Conversations * TeamsConversation.TurnCount && connector.Unexpected == 0),
    ("every conversation durable and completed", durable.Problems.Count == 0 && durable.Completed == all.Count && durable.AllTurnsRecorded == all.Count && durable.DistinctETags == all.Count),
    (">= 2500 turns/s", throughput >= 2500),
    ("p99 < 50 ms", Percentile(0.99) < 50),
    ("< 0.4 ms CPU per turn", cpuPerTurn < 0.4),
    ("< 200 MB peak RSS", peakRssMegabytes < 200),
};
Console.WriteLine();
foreach (var (name, met) in goals) Console.WriteLine($"  [{(met ? "met" : "MISSED")}] {name}");

Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
foreach (var file in new[] { sqlitePath, sqlitePath + "-wal", sqlitePath + "-shm" }) File.Delete(file);
return goals[0].Met && goals[1].Met ? 0 : 1;
