using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Cases.Store;
using ComplaintsBot.Cases.Time;
using ComplaintsBot.Tests.Hosting;
using ComplaintsBot.Tests.Workflows.Reminders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;
using ComplaintsBot.BotFramework.Testing;

namespace ComplaintsBot.Tests.Instances;

/// <summary>
/// Two host processes on one PostgreSQL database behind HAProxy (round robin, no sticky sessions). 64 officers
/// log a complaint each through the real logging dialog at once; one message in ten is sent twice, once straight
/// to each host, as a Teams retry can arrive; one host is killed with SIGKILL part-way and started again.
/// Every conversation must finish (no reply lost), every case exist once with each answer under its own question,
/// and no message get its reply twice, except the one window no bot can close: a turn killed after the Connector
/// accepted a reply and before the write recording it as sent committed resends it when Teams redelivers the message
/// (the Connector has no idempotent send). That can only touch a message whose delivery the kill broke, and only once.
/// </summary>
public sealed class LoadBalancedInstancesTests(PostgreSqlServer server, ITestOutputHelper output) : IClassFixture<PostgreSqlServer>
{
    private const int Conversations = 64;
    private const double DoubleSendShare = 0.10;
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);

    [Fact]
    public async Task Sixty_four_conversations_through_HAProxy_with_double_sends_and_a_host_killed_mid_run_each_log_one_case_answered_once()
    {
        Assert.True(File.Exists(HaProxy.Binary), "HAProxy is not installed: run `apt-get install -y haproxy` (scripts/test.sh does).");
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
        var ports = new[] { HostProcess.FreePort(), HostProcess.FreePort() };
        var hosts = new HostProcess?[2];
        try
        {
            hosts[0] = HostProcess.Start(settings, folder.Path, ports[0]);
            hosts[1] = HostProcess.Start(settings, folder.Path, ports[1]);
            foreach (var host in hosts) Assert.True(await host!.WaitReadyAsync(StartTimeout), host.Error);
            await using var proxy = await HaProxy.StartAsync(folder.Path, ports);
            using var http = new HttpClient(new SocketsHttpHandler { UseProxy = false, MaxConnectionsPerServer = 256 }) { Timeout = TimeSpan.FromSeconds(60) };
            await WaitUntilAsync(async () => (await LoggingConversationDriver.TryPostAsync(http, new Uri(proxy.BaseAddress, "healthz/ready"), null)) == HttpStatusCode.OK, StartTimeout);

            var policy = PolicyCatalog.Load(Path.Combine(AppContext.BaseDirectory, "policies")).Get("hoc-2024");
            var driver = new LoggingConversationDriver(http, connector, proxy.BaseAddress, ports.Select(p => new Uri($"http://127.0.0.1:{p}/")).ToArray(), policy, DoubleSendShare);
            var killAt = Conversations * 19 * 2 / 5; // about 40 % of the turns
            var restarted = new TaskCompletionSource<TimeSpan>();
            driver.TurnCompleted = count =>
            {
                if (count != killAt) return;
                // SIGKILL mid-run: turns in flight on it fail and are sent again, as Teams does; then it comes back.
                hosts[1]!.Kill();
                _ = Task.Run(async () =>
                {
                    var stopwatch = Stopwatch.StartNew();
                    await Task.Delay(1000);
                    await hosts[1]!.DisposeAsync();
                    hosts[1] = HostProcess.Start(settings, folder.Path, ports[1]);
                    restarted.SetResult(await hosts[1]!.WaitReadyAsync(StartTimeout) ? stopwatch.Elapsed : TimeSpan.MinValue);
                });
            };

            var run = Stopwatch.StartNew();
            await Task.WhenAll(Enumerable.Range(0, Conversations).Select(n => Task.Run(() => driver.RunConversationAsync(n))));
            run.Stop();
            var restartTook = await restarted.Task.WaitAsync(StartTimeout);
            // After the restart, the restarted host serves turns again: one more conversation straight to it.
            await driver.RunConversationAsync(Conversations, through: new Uri($"http://127.0.0.1:{ports[1]}/"));

            output.WriteLine($"{driver.Turns} turns ({driver.DoubleSends} sent twice, {driver.Retries} sent again after a failure) in {run.Elapsed.TotalSeconds:F1} s; " +
                $"host 2 killed after turn {killAt}, ready again {restartTook.TotalSeconds:F1} s later.");
            Assert.True(restartTook > TimeSpan.Zero, "The killed host did not come back: " + hosts[1]!.Error);
            Assert.True(driver.Failures.IsEmpty, string.Join(Environment.NewLine, driver.Failures.Take(20))
                + Environment.NewLine + "host 1: " + Tail(hosts[0]!.Error + hosts[0]!.Output) + Environment.NewLine + "host 2: " + Tail(hosts[1]!.Error + hosts[1]!.Output));
            Assert.True(driver.DoubleSends >= Conversations, $"Only {driver.DoubleSends} double sends.");
            Assert.True(driver.Retries > 0, "No turn was in flight on the killed host, so the kill tested nothing; kill earlier or later.");

            // No message answered twice: double sends, which reach both hosts at once, never; a message whose delivery the
            // kill broke at most once more, and only in the window between the Connector's answer and the committed write.
            var repeated = connector.AllReplies.GroupBy(r => (r.ReplyToId, r.Text, r.Attachments)).Where(g => g.Count() > 1).ToList();
            output.WriteLine($"{connector.AllReplies.Count} replies; {repeated.Count} sent twice, all to the {driver.SentAgain.Count} activities whose delivery failed and was repeated.");
            var notFromTheKill = repeated.Where(g => g.Key.ReplyToId is null || !driver.SentAgain.ContainsKey(g.Key.ReplyToId)).ToList();
            Assert.True(notFromTheKill.Count == 0, $"{notFromTheKill.Count} replies were sent twice to activities no kill interrupted, e.g. to {notFromTheKill.FirstOrDefault()?.Key.ReplyToId}: {notFromTheKill.FirstOrDefault()?.Key.Text}");
            Assert.All(repeated, g => Assert.True(g.Count() == 2, $"A reply to {g.Key.ReplyToId} was sent {g.Count()} times: {g.Key.Text}"));
            Assert.True(repeated.Count <= driver.SentAgain.Count, $"{repeated.Count} replies repeated for {driver.SentAgain.Count} interrupted deliveries.");

            // Every case once, each answer under its own question.
            var services = new ServiceCollection().AddCaseStorePostgreSql(connection).BuildServiceProvider();
            await using var db = await services.GetRequiredService<IDbContextFactory<CasesDbContext>>().CreateDbContextAsync();
            var cases = await db.Cases.ToListAsync();
            Assert.Equal(Conversations + 1, cases.Count);
            for (var n = 0; n <= Conversations; n++)
            {
                var answers = LoggingConversationDriver.AnswersOf(n);
                answers.AssertHeldBy(Assert.Single(cases, c => c.Customer.Name == answers.Name));
            }
        }
        finally
        {
            foreach (var host in hosts) if (host is not null) await host.DisposeAsync();
        }
    }

    private static string Tail(string log) => log.Length > 3000 ? log[^3000..] : log;

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (!await condition())
        {
            if (DateTime.UtcNow > until) throw new TimeoutException("The balancer did not become ready.");
            await Task.Delay(200);
        }
    }
}
