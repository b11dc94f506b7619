using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;

namespace ComplaintsBot.LoadBenchmark;

/// <summary>
/// Runs conversations against /api/messages, <c>concurrency</c> at a time. Each conversation sends its
/// turns one after the other (the next only after the previous HTTP answer, as a person would), and each
/// turn counts only if the Connector stand-in received exactly the expected reply, threaded to that message.
/// </summary>
public sealed class LoadDriver(HttpClient http, Uri messagesUri, ConnectorStandIn connector)
{
    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };
    private static readonly byte[] CardContentType = Encoding.UTF8.GetBytes("application/vnd.microsoft.card.adaptive");
    private static readonly byte[] ActionExecute = Encoding.UTF8.GetBytes("\"Action.Execute\"");
    private static readonly byte[] LoggedPrefix = Encoding.UTF8.GetBytes(ContactDialog.LoggedPrefix);
    private static readonly byte[][] ExpectedReplies = [.. Enumerable.Range(0, TeamsConversation.TurnCount).Select(turn => Encoding.UTF8.GetBytes(TeamsConversation.ExpectedReply(turn)))];

    public async Task<RunResult> RunAsync(int conversations, int concurrency, int firstNumber)
    {
        var started = new ConcurrentBag<SentConversation>();
        var failures = new ConcurrentQueue<string>();
        var caseNumbers = new ConcurrentDictionary<long, byte>();
        var latencies = new long[conversations * TeamsConversation.TurnCount];
        var turnsDone = 0;
        var next = -1;

        async Task WorkerAsync()
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < conversations)
            {
                var conversation = new TeamsConversation(firstNumber + index);
                var inbox = connector.Register(conversation.ConversationId);
                try
                {
                    for (var turn = 0; turn < TeamsConversation.TurnCount; turn++)
                    {
                        var body = conversation.MessageJson(turn, connector.ServiceUrl);
                        var begin = Stopwatch.GetTimestamp();
                        using var request = new HttpRequestMessage(HttpMethod.Post, messagesUri) { Content = new ByteArrayContent(body) { Headers = { ContentType = Json } } };
                        using var response = await http.SendAsync(request);
                        var elapsed = Stopwatch.GetTimestamp() - begin;
                        var problem = (int)response.StatusCode != 200
                            ? $"HTTP {(int)response.StatusCode} on turn {turn + 1}"
                            : CheckReplies(conversation, turn, inbox.TakeAll(), caseNumbers);
                        if (problem is not null)
                        {
                            failures.Enqueue($"{conversation.ConversationId[..12]}…: {problem}");
                            break;
                        }
                        latencies[Interlocked.Increment(ref turnsDone) - 1] = elapsed;
                    }
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
                {
                    failures.Enqueue($"{conversation.ConversationId[..12]}…: {ex.GetType().Name}: {ex.Message}");
                }
                finally
                {
                    connector.Forget(conversation.ConversationId);
                    started.Add(conversation.Sent());
                }
            }
        }

        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(WorkerAsync)));
        clock.Stop();
        return new RunResult([.. started], latencies[..turnsDone], clock.Elapsed, [.. failures]);
    }

    /// <summary>Null when the turn's replies are right: one activity, a reply to the turn's message, with the expected text.</summary>
    private static string? CheckReplies(TeamsConversation conversation, int turn, ReceivedActivity[] replies, ConcurrentDictionary<long, byte> caseNumbers)
    {
        if (replies.Length != 1) return $"turn {turn + 1} got {replies.Length} replies, expected 1";
        var reply = replies[0];
        if (!long.TryParse(reply.ReplyToId, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var replyTo) || replyTo != conversation.ActivityIds[turn]) return $"turn {turn + 1} reply threaded to {reply.ReplyToId}, expected {conversation.ActivityIds[turn]}";
        var expected = ExpectedReplies[turn];
        var body = reply.Body.AsSpan();
        if (body.IndexOf(expected) < 0) return $"turn {turn + 1} reply lacks \"{TeamsConversation.ExpectedReply(turn)}\": {Encoding.UTF8.GetString(reply.Body)}";
        if (turn != TeamsConversation.TurnCount - 1) return null;

        if (body.IndexOf(CardContentType) < 0) return "the last reply has no Adaptive Card";
        var firstExecute = body.IndexOf(ActionExecute);
        if (firstExecute < 0 || body[(firstExecute + 1)..].IndexOf(ActionExecute) < 0) return "the card lacks its two Action.Execute buttons";
        var digits = body[(body.IndexOf(LoggedPrefix) + LoggedPrefix.Length)..];
        long number = 0;
        var length = 0;
        while (length < digits.Length && digits[length] is >= (byte)'0' and <= (byte)'9') number = number * 10 + (digits[length++] - '0');
        if (length == 0) return "the last reply has no case number";
        return caseNumbers.TryAdd(number, 0) ? null : $"case number CR-{number} was given twice";
    }
}

/// <summary>What a run did: its conversations, the latency of each correct turn (Stopwatch ticks), wall time and failures.</summary>
public sealed record RunResult(SentConversation[] Conversations, long[] Latencies, TimeSpan Elapsed, string[] Failures);
