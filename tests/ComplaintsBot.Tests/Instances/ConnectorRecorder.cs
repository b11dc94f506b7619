using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ComplaintsBot.Tests.Instances;

/// <summary>
/// The Teams Connector for several bot processes at once: a Kestrel server on a free loopback port that records
/// every activity the bot posts, by conversation and by the inbound activity it replies to.
/// </summary>
public sealed class ConnectorRecorder : IAsyncDisposable
{
    private readonly WebApplication _app;
    private Hold? _hold;
    private readonly ConcurrentDictionary<string, List<BotReply>> _byConversation = new(StringComparer.Ordinal);
    private int _nextId;

    private ConnectorRecorder(WebApplication app) => _app = app;

    public string ServiceUrl { get; private set; } = "";

    public static async Task<ConnectorRecorder> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var recorder = new ConnectorRecorder(app);
        app.Map("/{**path}", recorder.HandleAsync);
        await app.StartAsync();
        recorder.ServiceUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single().TrimEnd('/') + "/";
        return recorder;
    }

    /// <summary>What the bot has posted to <paramref name="conversationId"/> so far, in arrival order.</summary>
    public IReadOnlyList<BotReply> Replies(string conversationId)
    {
        if (!_byConversation.TryGetValue(conversationId, out var list)) return [];
        lock (list) return [.. list];
    }

    /// <summary>
    /// The next reply to <paramref name="activityId"/> that <paramref name="matches"/> is recorded and then never answered,
    /// so the bot is stuck in that send until it is killed; the task completes when that reply has arrived.
    /// </summary>
    public Task<BotReply> HoldReplyTo(string activityId, Func<BotReply, bool> matches)
    {
        var hold = new Hold(activityId, matches);
        _hold = hold;
        return hold.Arrived.Task;
    }

    private sealed record Hold(string ActivityId, Func<BotReply, bool> Matches)
    {
        public TaskCompletionSource<BotReply> Arrived { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    public IReadOnlyList<BotReply> All => [.. _byConversation.Values.SelectMany(list => { lock (list) return list.ToList(); })];

    private async Task HandleAsync(HttpContext context)
    {
        var body = await new StreamReader(context.Request.Body).ReadToEndAsync();
        var segments = Uri.UnescapeDataString(context.Request.Path.Value ?? "").Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (HttpMethods.IsGet(context.Request.Method) && segments is ["v3", "conversations", _, "members", var userId])
        {
            await context.Response.WriteAsJsonAsync(new { id = userId, name = "Officer " + userId[^4..], aadObjectId = "aad-" + userId });
            return;
        }
        if (HttpMethods.IsPost(context.Request.Method) && segments is ["v3", "conversations", var conversationId, "activities", .. var rest])
        {
            var activity = JsonNode.Parse(body)!;
            var reply = new BotReply(rest.Length > 0 ? rest[0] : (string?)activity["replyToId"], (string?)activity["text"], activity["attachments"]?.ToJsonString());
            var list = _byConversation.GetOrAdd(conversationId, _ => []);
            lock (list) list.Add(reply);
            if (_hold is { } hold && reply.ReplyToId == hold.ActivityId && hold.Matches(reply) && Interlocked.CompareExchange(ref _hold, null, hold) == hold)
            {
                // Received and recorded (the person sees it), but the bot never hears back: it is killed meanwhile.
                hold.Arrived.TrySetResult(reply);
                try { await Task.Delay(Timeout.Infinite, context.RequestAborted); }
                catch (OperationCanceledException) { }
                return;
            }
        }
        context.Response.StatusCode = HttpMethods.IsPost(context.Request.Method) ? 201 : 200;
        await context.Response.WriteAsJsonAsync(new { id = "reply-" + Interlocked.Increment(ref _nextId) });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>One activity the bot posted: the inbound activity it answers, its text and its cards as JSON.</summary>
public sealed record BotReply(string? ReplyToId, string? Text, string? Attachments)
{
    public bool Shows(string words) =>
        (Text?.Contains(words, StringComparison.Ordinal) ?? false) || (Attachments?.Contains(words, StringComparison.Ordinal) ?? false);
}
