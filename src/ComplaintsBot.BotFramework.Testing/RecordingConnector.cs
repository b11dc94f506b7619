using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ComplaintsBot.BotFramework.Testing;

/// <summary>
/// The Teams Bot Connector for a bot under test: a real HTTP server (Kestrel) on a free loopback port that the
/// activities' serviceUrl points at. It records every call the bot makes, in arrival order and, for the activities
/// the bot posts, by conversation, and answers as the Connector does: 201 with a new id for a POST, 200 with the
/// same id for a PUT (an update keeps its message), 403 ConversationBlockedByUser for a chat whose user blocked the
/// bot, and the member's name (or 404 MemberNotFoundInConversation) for a member lookup. Serves one bot process or
/// several at once.
/// </summary>
public sealed class RecordingConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ConnectorCall> _calls = new();
    private readonly ConcurrentDictionary<string, List<ConnectorCall>> _repliesByConversation = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _blocked = new(StringComparer.Ordinal);
    private Hold? _hold;
    private int _nextId;

    private RecordingConnector(WebApplication app) => _app = app;

    /// <summary>The service URL to put in activities (with a trailing slash, as Teams sends it).</summary>
    public string ServiceUrl { get; private set; } = "";

    /// <summary>Every call so far, in arrival order.</summary>
    public IReadOnlyList<ConnectorCall> Calls => _calls.ToArray();

    /// <summary>The messages sent (POST).</summary>
    public IReadOnlyList<ConnectorCall> Sends => [.. _calls.Where(c => c.Method == "POST")];

    /// <summary>The messages changed in place (PUT).</summary>
    public IReadOnlyList<ConnectorCall> Updates => [.. _calls.Where(c => c.Method == "PUT")];

    /// <summary>The calls that post or change messages (everything but GET lookups).</summary>
    public IReadOnlyList<ConnectorCall> Writes => [.. _calls.Where(c => c.Method != "GET")];

    /// <summary>Every activity the bot has posted, to any conversation.</summary>
    public IReadOnlyList<ConnectorCall> AllReplies =>
        [.. _repliesByConversation.Values.SelectMany(list => { lock (list) return list.ToList(); })];

    /// <summary>
    /// The display name of a member (GET v3/conversations/{id}/members/{userId}), by user id; null is Teams' 404
    /// MemberNotFoundInConversation. Nobody is known unless a test says so.
    /// </summary>
    public Func<string, string?> MemberName { get; set; } = _ => null;

    /// <summary>Runs as each call arrives, before it is answered: what the bot has stored by the time a message reaches the channel.</summary>
    public Func<ConnectorCall, Task>? OnCall { get; set; }

    /// <summary>Starts it where a test can only wait (a test class's constructor); off any synchronisation context, so it cannot deadlock.</summary>
    public static RecordingConnector Start() => Task.Run(StartAsync).GetAwaiter().GetResult();

    public static async Task<RecordingConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var connector = new RecordingConnector(app);
        app.Map("/{**path}", connector.AnswerAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        connector.ServiceUrl = address.TrimEnd('/') + "/";
        return connector;
    }

    /// <summary>The user of <paramref name="conversationId"/> removed or blocked the bot: writes there are refused with 403.</summary>
    public void Block(string conversationId) => _blocked[conversationId] = true;

    /// <summary>What the bot has posted to <paramref name="conversationId"/> so far, in arrival order.</summary>
    public IReadOnlyList<ConnectorCall> Replies(string conversationId)
    {
        if (!_repliesByConversation.TryGetValue(conversationId, out var list)) return [];
        lock (list) return [.. list];
    }

    /// <summary>Forgets the calls so far (not the blocked chats or known members).</summary>
    public void Clear()
    {
        _calls.Clear();
        _repliesByConversation.Clear();
    }

    /// <summary>
    /// The next reply to <paramref name="activityId"/> that <paramref name="matches"/> is recorded and then never answered,
    /// so the bot is stuck in that send until it is killed; the task completes when that reply has arrived.
    /// </summary>
    public Task<ConnectorCall> HoldReplyTo(string activityId, Func<ConnectorCall, bool> matches)
    {
        var hold = new Hold(activityId, matches);
        _hold = hold;
        return hold.Arrived.Task;
    }

    private sealed record Hold(string ActivityId, Func<ConnectorCall, bool> Matches)
    {
        public TaskCompletionSource<ConnectorCall> Arrived { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    private async Task AnswerAsync(HttpContext context)
    {
        var body = await new StreamReader(context.Request.Body).ReadToEndAsync();
        var method = context.Request.Method;
        var path = Uri.UnescapeDataString(context.Request.Path.Value ?? "");
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        // A PUT changes the message it names and keeps its id; anything else that creates gets a new one.
        var id = HttpMethods.IsPut(method) && segments.Length > 0 ? segments[^1] : "activity-" + Interlocked.Increment(ref _nextId);
        var call = new ConnectorCall(method, path, context.Request.Headers.Authorization.ToString(),
            string.IsNullOrWhiteSpace(body) ? null : JsonNode.Parse(body), id);
        _calls.Enqueue(call);
        if (HttpMethods.IsPost(method) && segments is ["v3", "conversations", var conversationId, "activities", ..])
        {
            var list = _repliesByConversation.GetOrAdd(conversationId, _ => []);
            lock (list) list.Add(call);
        }
        if (OnCall is { } onCall) await onCall(call);

        if (HttpMethods.IsGet(method) && segments is ["v3", "conversations", _, "members", var userId])
        {
            if (MemberName(userId) is not { } name)
            {
                context.Response.StatusCode = 404;
                await context.Response.WriteAsJsonAsync(new { error = new { code = "MemberNotFoundInConversation", message = "The member is not in the conversation." } });
                return;
            }
            await context.Response.WriteAsJsonAsync(new { id = userId, name });
            return;
        }
        if (segments is ["v3", "conversations", var blockedId, ..] && _blocked.ContainsKey(blockedId))
        {
            context.Response.StatusCode = 403;
            await context.Response.WriteAsJsonAsync(new { error = new { code = "ConversationBlockedByUser", message = "User blocked the conversation with the bot." } });
            return;
        }
        if (_hold is { } hold && call.ReplyToId == hold.ActivityId && hold.Matches(call) && Interlocked.CompareExchange(ref _hold, null, hold) == hold)
        {
            // Received and recorded (the person sees it), but the bot never hears back: it is killed meanwhile.
            hold.Arrived.TrySetResult(call);
            try { await Task.Delay(Timeout.Infinite, context.RequestAborted); }
            catch (OperationCanceledException) { }
            return;
        }
        context.Response.StatusCode = HttpMethods.IsPost(method) ? 201 : 200;
        await context.Response.WriteAsJsonAsync(new { id });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>One call the bot made to the Connector: method, decoded path (/v3/conversations/...), Authorization header, JSON body, and the id answered.</summary>
public sealed record ConnectorCall(string Method, string Path, string Authorization, JsonNode? Body, string AnsweredId)
{
    public string? Text => (string?)Body?["text"];

    /// <summary>The first Adaptive Card in the activity sent or put.</summary>
    public JsonObject? Card => Body?["attachments"]?[0]?["content"] as JsonObject;

    public bool CarriesAdaptiveCard =>
        Body?["attachments"]?.AsArray().Any(a => (string?)a?["contentType"] == "application/vnd.microsoft.card.adaptive") == true;

    /// <summary>The attachments (cards) of the activity, as JSON.</summary>
    public string? Attachments => Body?["attachments"]?.ToJsonString();

    /// <summary>The inbound activity this one answers: the id in a reply's path, else the activity's replyToId.</summary>
    public string? ReplyToId =>
        Path.Split('/', StringSplitOptions.RemoveEmptyEntries) is ["v3", "conversations", _, "activities", var inReplyTo, ..]
            ? inReplyTo
            : (string?)Body?["replyToId"];

    /// <summary>Whether the person sees <paramref name="words"/> in it, in its text or its cards.</summary>
    public bool Shows(string words) =>
        (Text?.Contains(words, StringComparison.Ordinal) ?? false) || (Attachments?.Contains(words, StringComparison.Ordinal) ?? false);
}
