using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Cases.Time;
using ComplaintsBot.Tests.Hosting;
using ComplaintsBot.BotFramework.Testing;

namespace ComplaintsBot.Tests.Instances;

/// <summary>
/// Officers logging a complaint each through the real logging dialog over HTTP, as Teams would send their messages:
/// each reply must be the next question; a share of messages is sent twice, once straight to each instance; a
/// message that fails is sent again with the same id. Used by the load-balancer test and the instances benchmark.
/// </summary>
public sealed class LoggingConversationDriver(HttpClient http, RecordingConnector connector, Uri balancer, Uri[] hosts, Policy policy, double doubleSendShare)
{
    private int _turns;
    private int _doubleSends;
    private int _retries;

    public ConcurrentQueue<string> Failures { get; } = new();
    /// <summary>Activities that had to be sent again because their first delivery failed (a host killed under them).</summary>
    public ConcurrentDictionary<string, bool> SentAgain { get; } = new(StringComparer.Ordinal);
    public Action<int>? TurnCompleted { get; set; }
    public int Turns => _turns;
    public int DoubleSends => _doubleSends;
    public int Retries => _retries;

    public sealed record Answers(string Name, string Reference, string Description, string Wants);

    public static Answers AnswersOf(int n)
    {
        var letters = new string([(char)('a' + n / 26 % 26), (char)('a' + n % 26)]);
        return new Answers(
            $"Pat Mc{char.ToUpperInvariant(letters[0])}{letters[1]}son",
            $"T-{20000 + n}",
            $"Officer {n}: the boiler has failed three times since October and nobody came back.",
            $"Officer {n} asks for a working boiler and an apology");
    }

    public async Task RunConversationAsync(int n, Uri? through = null)
    {
        var conversationId = $"a:1personal-{n:000}-{Guid.NewGuid():N}";
        var answers = AnswersOf(n);
        var exclusions = policy.Exclusions.Select(e => e.Question).ToList();
        var random = new Random(n);
        var sequence = 0;
        var script = Script(answers);
        string? intakeId = null;
        foreach (var (say, expect) in script)
        {
            var value = say is null ? new JsonObject { ["command"] = "saveContact", ["intakeId"] = intakeId } : null;
            var replies = await TurnAsync(conversationId, n, say, value, ++sequence, through, random);
            if (replies is null) return;
            // Exclusion questions come between the issue date and the service area; each is answered "no".
            while (expect == "Which service area" && !replies.Any(r => r.Shows(expect)) && replies.Any(r => exclusions.Any(q => r.Shows(q))))
            {
                replies = await TurnAsync(conversationId, n, "no", null, ++sequence, through, random);
                if (replies is null) return;
            }
            // Save retried after a crash between the case being stored and its confirmation: the same case, said so.
            if (!replies.Any(r => r.Shows(expect) || (say is null && r.Shows("was already saved as"))))
            {
                Failures.Enqueue($"Officer {n}: after '{say ?? "Save"}' the bot should ask '{expect}' but said: {string.Join(" | ", replies.Select(r => r.Text ?? "(card)"))}");
                return;
            }
            if (expect == "Check this contact before saving")
            {
                var card = replies.Last(r => r.Shows(expect)).Attachments!;
                var at = card.IndexOf("\"intakeId\":\"", StringComparison.Ordinal);
                intakeId = at < 0 ? null : card.Substring(at + 12, 36);
            }
        }
    }

    /// <summary>
    /// The logging dialog as an officer answers it: (what the officer says, what the bot must ask next); null text means
    /// the summary card's Save button. Exclusion questions, as many as the policy has, come between the issue date and
    /// the service area.
    /// </summary>
    public static (string? Say, string Expect)[] Script(Answers answers)
    {
        var issueDate = LondonTime.DateOf(DateTimeOffset.UtcNow).AddDays(-7).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        return
        [
            ("log", "What is the customer's name?"),
            (answers.Name, "tenancy or account reference"),
            (answers.Reference, "tenant, leaseholder, applicant or other"),
            ("tenant", "Which tenure is their home"),
            ("LCRA", "Is anyone acting for them?"),
            ("no one", "vulnerability or reasonable adjustments"),
            ("none", "How did they contact us?"),
            ("phone", "When was it received?"),
            ("now", "What does the customer say?"),
            (answers.Description, "What do they want us to do"),
            (answers.Wants, "Is the customer unhappy with our service"),
            ("yes", "health and safety or safeguarding concern"),
            ("no", "Is this the first time they have asked us for this?"),
            ("no", "Do they want it investigated"),
            ("yes", "Log it as Complaint"),
            ("Complaint", "When did the issue happen?"),
            (issueDate, "Which service area"),
            ("Repairs", "theme"),
            ("Heating", "Check this contact before saving"),
            (null, "Saved as"),
        ];
    }

    /// <summary>Sends one message as Teams does (again after a failure, same id) and returns the replies to it.</summary>
    private async Task<IReadOnlyList<ConnectorCall>?> TurnAsync(string conversationId, int n, string? text, JsonObject? value, int sequence, Uri? through, Random random)
    {
        var activityId = $"{n:000}{sequence:000}{Guid.NewGuid():N}"[..24];
        var activity = Activity(conversationId, n, activityId, text, value);
        var sendTwice = through is null && random.NextDouble() < doubleSendShare;
        if (sendTwice)
        {
            Interlocked.Increment(ref _doubleSends);
            await Task.WhenAll(hosts.Select(host => DeliverAsync(new Uri(host, "api/messages"), activity)));
        }
        else
        {
            await DeliverAsync(new Uri(through ?? balancer, "api/messages"), activity);
        }
        // Counted apart from the callback: a null-conditional call would skip evaluating its argument.
        var turns = Interlocked.Increment(ref _turns);
        TurnCompleted?.Invoke(turns);
        return connector.Replies(conversationId).Where(r => r.ReplyToId == activityId).ToList();
    }

    private async Task DeliverAsync(Uri first, JsonObject activity)
    {
        var target = first;
        HttpStatusCode? status = null;
        for (var attempt = 1; attempt <= 60; attempt++)
        {
            status = await TryPostAsync(http, target, activity);
            if (status == HttpStatusCode.OK) return;
            // Teams sends the same activity again; the balancer picks a live instance.
            Interlocked.Increment(ref _retries);
            SentAgain[(string)activity["id"]!] = true;
            target = new Uri(balancer, "api/messages");
            await Task.Delay(500);
        }
        Failures.Enqueue($"Activity {activity["id"]} was never accepted; the last answer was {(status is null ? "no connection" : $"HTTP {(int)status}")}.");
    }

    /// <summary>The status of a GET (null activity) or POST, or null when the connection failed.</summary>
    public static async Task<HttpStatusCode?> TryPostAsync(HttpClient http, Uri uri, JsonObject? activity)
    {
        try
        {
            using var response = activity is null ? await http.GetAsync(uri) : await http.PostAsync(uri, new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"));
            return response.StatusCode;
        }
        catch (HttpRequestException) { return null; }
        catch (TaskCanceledException) { return null; }
    }

    private JsonObject Activity(string conversationId, int n, string id, string? text, JsonObject? value) => Message(connector.ServiceUrl, conversationId, n, id, text, value);

    /// <summary>A Teams message (or card submit, with <paramref name="value"/>) from officer <paramref name="n"/> in a personal chat.</summary>
    public static JsonObject Message(string serviceUrl, string conversationId, int n, string id, string? text, JsonObject? value)
    {
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["id"] = id,
            ["timestamp"] = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture),
            ["channelId"] = "msteams",
            ["serviceUrl"] = serviceUrl,
            ["from"] = new JsonObject { ["id"] = $"29:officer-{n:000}", ["name"] = $"Officer {n}", ["aadObjectId"] = $"00000000-0000-4000-8000-{n:000000000000}" },
            ["conversation"] = new JsonObject { ["conversationType"] = "personal", ["tenantId"] = TeamsActivities.TenantId, ["id"] = conversationId },
            ["recipient"] = new JsonObject { ["id"] = TeamsActivities.BotId, ["name"] = "ComplaintsBot" },
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TeamsActivities.TenantId } },
            ["locale"] = "en-GB",
        };
        if (text is not null) activity["text"] = text;
        if (value is not null) activity["value"] = value;
        return activity;
    }
}
