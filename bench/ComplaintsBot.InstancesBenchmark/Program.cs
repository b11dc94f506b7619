using System.Diagnostics;
using System.Globalization;
using System.Net;
using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Tests.Hosting;
using ComplaintsBot.Tests.Instances;
using ComplaintsBot.Tests.Workflows.Reminders;
using ComplaintsBot.BotFramework.Testing;

// Turns per second through HAProxy for one and for two host processes on one PostgreSQL database, each round
// `conversations` officers logging a complaint at once through the real logging dialog (21 turns each: "log", 17 answers, two exclusion questions, Save).
// Usage: dotnet run -c Release --project bench/ComplaintsBot.InstancesBenchmark [conversations=64] [rounds=3]
// PostgreSQL: PG_TEST_CONNECTION, or a throwaway cluster from Debian's postgresql package.
var conversations = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 64;
var rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3;
var policy = PolicyCatalog.Load(Path.Combine(AppContext.BaseDirectory, "policies")).Get("hoc-2024");

var server = new PostgreSqlServer();
await server.InitializeAsync();
try
{
    Console.WriteLine($"{conversations} conversations (21 turns each) per round, {rounds} measured rounds after one warm-up; {Environment.ProcessorCount} cores.");
    foreach (var instances in new[] { 1, 2 })
    {
        var figures = await MeasureAsync(instances);
        Console.WriteLine($"{instances} instance(s): {string.Join(", ", figures.Select(f => f.ToString("F0", CultureInfo.InvariantCulture)))} turns/s; median {figures.Order().ElementAt(figures.Count / 2):F0}");
    }
}
finally
{
    await server.DisposeAsync();
}

async Task<List<double>> MeasureAsync(int instances)
{
    var connection = await server.CreateDatabaseAsync() + ";Maximum Pool Size=40";
    using var folder = new TempFolder();
    await using var connector = await RecordingConnector.StartAsync();
    var settings = new Dictionary<string, string>
    {
        ["Store__Provider"] = "PostgreSql",
        ["ConnectionStrings__Cases"] = connection,
        ["Reminders__Enabled"] = "false",
        ["Logging__LogLevel__Default"] = "Warning",
    };
    var ports = Enumerable.Range(0, instances).Select(_ => HostProcess.FreePort()).ToArray();
    var hosts = ports.Select(port => HostProcess.Start(settings, folder.Path, port)).ToList();
    try
    {
        foreach (var host in hosts)
            if (!await host.WaitReadyAsync(TimeSpan.FromSeconds(120))) throw new InvalidOperationException("A host did not start: " + host.Error);
        await using var proxy = await HaProxy.StartAsync(folder.Path, ports);
        using var http = new HttpClient(new SocketsHttpHandler { UseProxy = false, MaxConnectionsPerServer = 512 }) { Timeout = TimeSpan.FromSeconds(60) };
        while (await LoggingConversationDriver.TryPostAsync(http, new Uri(proxy.BaseAddress, "healthz/ready"), null) != HttpStatusCode.OK) await Task.Delay(100);

        var figures = new List<double>();
        for (var round = 0; round <= rounds; round++)
        {
            var driver = new LoggingConversationDriver(http, connector, proxy.BaseAddress, [.. ports.Select(p => new Uri($"http://127.0.0.1:{p}/"))], policy, doubleSendShare: 0);
            var stopwatch = Stopwatch.StartNew();
            await Task.WhenAll(Enumerable.Range(round * conversations, conversations).Select(n => Task.Run(() => driver.RunConversationAsync(n))));
            stopwatch.Stop();
            if (!driver.Failures.IsEmpty) throw new InvalidOperationException(string.Join(Environment.NewLine, driver.Failures.Take(5)));
            Console.WriteLine($"  round {round}: {driver.Turns} turns in {stopwatch.Elapsed.TotalSeconds:F1} s{(round == 0 ? " (warm-up)" : "")}");
            if (round > 0) figures.Add(driver.Turns / stopwatch.Elapsed.TotalSeconds); // round 0 warms the JIT and the pools
        }
        return figures;
    }
    finally
    {
        foreach (var host in hosts) await host.DisposeAsync();
    }
}
