using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Cases.Store;
using ComplaintsBot.Hosting;
using ComplaintsBot.Tests.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;
using ComplaintsBot.BotFramework.Testing;

namespace ComplaintsBot.Tests.Instances;

/// <summary>
/// The host as a real process on its SQLite file, killed with SIGKILL at every step of the logging dialog and started
/// again on the same file. The kill points are exact: the Connector stand-in receives the question (the officer sees
/// it) and never answers, so the host is stuck in that send when it is killed; or the host halts itself at a named
/// point (<see cref="CrashTestHalt"/>). After each restart the officer carries on, and the dialog must be at the right
/// question with every earlier answer kept; at the end exactly one case holds every answer.
/// </summary>
public sealed class CrashRestartTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);
    private const int Officer = 7;

    [Fact]
    public async Task Killed_after_each_question_and_between_the_case_being_saved_and_its_confirmation_the_officer_continues_at_the_right_question_and_one_case_keeps_every_answer()
    {
        using var folder = new TempFolder();
        await using var connector = await RecordingConnector.StartAsync();
        var database = Path.Combine(folder.Path, "complaintsbot.db");
        var settings = new Dictionary<string, string>
        {
            ["Store__SqlitePath"] = database,
            ["Reminders__Enabled"] = "false",
            ["Logging__LogLevel__Default"] = "Warning",
        };
        var policy = PolicyCatalog.Load(Path.Combine(AppContext.BaseDirectory, "policies")).Get("hoc-2024");
        var exclusions = policy.Exclusions.Select(e => e.Question).ToList();
        var answers = LoggingConversationDriver.AnswersOf(Officer);
        var conversationId = $"a:1personal-crash-{Guid.NewGuid():N}";
        using var http = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { Timeout = Timeout };
        var host = await StartAsync(settings);
        var kills = 0;
        var sequence = 0;
        try
        {
            string? intakeId = null;
            foreach (var (say, expect) in LoggingConversationDriver.Script(answers))
            {
                if (say is null) break; // Save: below
                var replies = await AnswerAsync(say, expect);
                // Exclusion questions, each answered "no", come before the service area.
                while (expect == "Which service area" && !replies.Any(r => r.Shows(expect)) && replies.Any(r => exclusions.Any(q => r.Shows(q))))
                    replies = await AnswerAsync("no", expect);
                Assert.True(replies.Any(r => r.Shows(expect)), $"After '{say}' and a restart the bot should ask '{expect}' but said: {Said(replies)}");
                if (expect == "Check this contact before saving")
                {
                    var card = replies.Last(r => r.Shows(expect)).Attachments!;
                    var at = card.IndexOf("\"intakeId\":\"", StringComparison.Ordinal);
                    intakeId = card.Substring(at + 12, 36);
                }
            }

            // Save, killed after the case is stored and before its confirmation is saved or sent; Teams sends the click again.
            await host.DisposeAsync();
            host = await StartAsync(new Dictionary<string, string>(settings) { [CrashTestHalt.TextKey] = "Saved as" });
            var save = Activity(null, new JsonObject { ["command"] = "saveContact", ["intakeId"] = intakeId });
            var saving = PostAsync(host, save);
            await WaitForHaltAsync(host);
            host.Kill();
            kills++;
            await saving;
            await host.DisposeAsync();
            host = await StartAsync(settings);
            Assert.True(await PostAsync(host, save), "The Save sent again after the restart was not accepted.");
            var confirmation = connector.Replies(conversationId).Where(r => r.ReplyToId == (string)save["id"]!).ToList();
            Assert.True(confirmation.Any(r => r.Shows("Saved as **")), $"After Save the officer should read the confirmation but read: {Said(confirmation)}");

            output.WriteLine($"{kills} kills, {sequence} messages.");
            var services = new ServiceCollection().AddCaseStore(database).BuildServiceProvider();
            await using var db = await services.GetRequiredService<IDbContextFactory<CasesDbContext>>().CreateDbContextAsync();
            answers.AssertHeldBy(Assert.Single(await db.Cases.ToListAsync()));
        }
        finally
        {
            await host.DisposeAsync();
        }

        // One answer: the question it brings reaches the Connector, which never answers; the host is killed in that send and
        // started again. The message is not sent again (the officer saw the question and answers it next) except at the
        // "How did they contact us?" step, where the host halts after the first state write of the turn and Teams's retry
        // must bring the question (saved with the state, not yet sent).
        async Task<IReadOnlyList<ConnectorCall>> AnswerAsync(string say, string expect)
        {
            var activity = Activity(say, null);
            var id = (string)activity["id"]!;
            if (expect == "How did they contact us?")
            {
                await host.DisposeAsync();
                host = await StartAsync(new Dictionary<string, string>(settings) { [CrashTestHalt.TextKey] = expect, [CrashTestHalt.AtKey] = "AfterFirstWrite" });
                var halted = PostAsync(host, activity);
                await WaitForHaltAsync(host);
                host.Kill();
                kills++;
                await halted;
                await host.DisposeAsync();
                host = await StartAsync(settings);
                Assert.True(await PostAsync(host, activity), $"'{say}' sent again after the restart was not accepted.");
                return connector.Replies(conversationId).Where(r => r.ReplyToId == id).ToList();
            }

            var held = connector.HoldReplyTo(id, r => r.Shows(expect) || exclusions.Any(q => r.Shows(q)));
            var posting = PostAsync(host, activity);
            if (await Task.WhenAny(held, posting).WaitAsync(Timeout) != held)
                Assert.Fail($"After '{say}' the bot finished without asking '{expect}': {Said(connector.Replies(conversationId).Where(r => r.ReplyToId == id))}");
            host.Kill();
            kills++;
            await posting;
            await host.DisposeAsync();
            host = await StartAsync(settings);
            return connector.Replies(conversationId).Where(r => r.ReplyToId == id).ToList();
        }

        JsonObject Activity(string? text, JsonObject? value) =>
            LoggingConversationDriver.Message(connector.ServiceUrl, conversationId, Officer, $"crash-{++sequence:000}-{Guid.NewGuid():N}", text, value);

        async Task<bool> PostAsync(HostProcess to, JsonObject activity)
        {
            try
            {
                using var response = await http.PostAsJsonAsync(new Uri(to.BaseAddress, "api/messages"), activity);
                return response.IsSuccessStatusCode;
            }
            catch (HttpRequestException) { return false; }
            catch (TaskCanceledException) { return false; }
        }
    }

    private static async Task<HostProcess> StartAsync(IReadOnlyDictionary<string, string> settings)
    {
        var workingDirectory = Path.GetDirectoryName(settings["Store__SqlitePath"])!;
        var host = HostProcess.Start(settings, workingDirectory);
        Assert.True(await host.WaitReadyAsync(Timeout), "The host did not start: " + host.Error);
        return host;
    }

    private static async Task WaitForHaltAsync(HostProcess host)
    {
        var until = DateTime.UtcNow + Timeout;
        while (!host.Error.Contains(CrashTestHalt.HaltedLine, StringComparison.Ordinal))
        {
            Assert.True(DateTime.UtcNow < until && !host.HasExited, "The host never reached its halt point: " + host.Error);
            await Task.Delay(50);
        }
    }

    private static string Said(IEnumerable<ConnectorCall> replies) => string.Join(" | ", replies.Select(r => r.Text ?? "(card)"));
}
