using Microsoft.Extensions.Logging;
using Microsoft.Extensions.DependencyInjection;
using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;

namespace ComplaintsBot.Tests.Hosting;

/// <summary>
/// A real HTTP server on 127.0.0.1 (Kestrel, port 0) standing in for the Teams Connector service: the test
/// activities' serviceUrl points here, and every call the bot makes is recorded. Answers like the Connector:
/// 201 with a new id for POSTs, 200 for PUTs.
/// </summary>
public sealed class ChannelStub : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ConnectorCall> _calls = new();
    private int _nextId = 1000;

    private ChannelStub(WebApplication app) => _app = app;

    /// <summary>The service URL to put in activities (with a trailing slash, as Teams sends it).</summary>
    public string ServiceUrl { get; private set; } = "";

    public IReadOnlyList<ConnectorCall> Calls => _calls.ToArray();

    /// <summary>The calls that post or change messages (everything but GET lookups).</summary>
    public IReadOnlyList<ConnectorCall> Sends => _calls.Where(c => c.Method != "GET").ToArray();

    /// <summary>Conversations whose user blocked the bot: writes get Teams' 403 ConversationBlockedByUser.</summary>
    public HashSet<string> BlockedConversations { get; } = new(StringComparer.Ordinal);

    /// <summary>Members the stub knows (GET v3/conversations/{id}/members/{userId}), by user id; others get 404.</summary>
    public Dictionary<string, string> MemberNames { get; } = new(StringComparer.Ordinal);

    public static async Task<ChannelStub> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var stub = new ChannelStub(app);
        app.Map("/{**path}", stub.RecordAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        stub.ServiceUrl = address.TrimEnd('/') + "/";
        return stub;
    }

    public void Clear() => _calls.Clear();

    /// <summary>Runs as each call arrives, before it is answered: what the bot has stored by the time a message reaches the channel.</summary>
    public Func<ConnectorCall, Task>? OnCall { get; set; }

    private async Task RecordAsync(HttpContext context)
    {
        var body = await new StreamReader(context.Request.Body).ReadToEndAsync();
        var path = Uri.UnescapeDataString(context.Request.Path.Value ?? "");
        var call = new ConnectorCall(context.Request.Method, path, context.Request.Headers.Authorization.ToString(),
            string.IsNullOrWhiteSpace(body) ? null : JsonNode.Parse(body));
        _calls.Enqueue(call);
        if (OnCall is { } onCall) await onCall(call);
        if (HttpMethods.IsGet(context.Request.Method) && path.Split('/') is [_, "v3", "conversations", _, "members", var userId])
        {
            if (!MemberNames.TryGetValue(userId, out var name))
            {
                context.Response.StatusCode = 404;
                await context.Response.WriteAsJsonAsync(new { error = new { code = "MemberNotFoundInConversation", message = "The member is not in the conversation." } });
                return;
            }
            await context.Response.WriteAsJsonAsync(new { id = userId, name, aadObjectId = TeamsActivities.UserAadObjectId });
            return;
        }
        if (path.Split('/') is [_, "v3", "conversations", var conversationId, ..] && BlockedConversations.Contains(conversationId))
        {
            context.Response.StatusCode = 403;
            await context.Response.WriteAsJsonAsync(new { error = new { code = "ConversationBlockedByUser", message = "User blocked the conversation with the bot." } });
            return;
        }
        context.Response.StatusCode = HttpMethods.IsPost(context.Request.Method) ? 201 : 200;
        await context.Response.WriteAsJsonAsync(new { id = Interlocked.Increment(ref _nextId).ToString() });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>One call the bot made to the Connector: method, decoded path, Authorization header, JSON body.</summary>
public sealed record ConnectorCall(string Method, string Path, string Authorization, JsonNode? Body)
{
    public string? Text => (string?)Body?["text"];

    public bool CarriesAdaptiveCard =>
        Body?["attachments"]?.AsArray().Any(a => (string?)a?["contentType"] == "application/vnd.microsoft.card.adaptive") == true;
}
