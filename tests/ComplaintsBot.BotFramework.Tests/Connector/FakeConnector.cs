using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ComplaintsBot.BotFramework.Tests.Connector;

/// <summary>One request the stand-in Connector received, exactly as it came (raw, still-escaped path).</summary>
public sealed record RecordedRequest(string Method, string RawTarget, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public JsonNode? Json => string.IsNullOrEmpty(Body) ? null : JsonNode.Parse(Body);

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}

/// <summary>An answer the stand-in Connector gives.</summary>
public sealed record ConnectorReply(int Status, string? Body = null, IReadOnlyDictionary<string, string>? Headers = null)
{
    public static ConnectorReply Created(string id) => new(201, $$"""{"id":"{{id}}"}""");
}

/// <summary>
/// A real HTTP server on a loopback port standing in for the Bot Connector. It records every request and
/// answers with the queued replies, then with 201 {id} (POST/PUT), 200 (GET, DELETE).
/// Its service URL has no trailing slash, as the Agents Playground's does.
/// </summary>
public sealed class FakeConnector : IAsyncDisposable
{
    public const string PathBase = "/_connector";

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ConnectorReply> _replies = new();
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private int _nextId;

    private FakeConnector(WebApplication app) => _app = app;

    public string ServiceUrl { get; private set; } = "";

    public IReadOnlyList<RecordedRequest> Requests => _requests.ToArray();

    /// <summary>When set, each request waits this long before it is answered (to widen race windows).</summary>
    public TimeSpan ResponseDelay { get; set; }

    public static async Task<FakeConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var connector = new FakeConnector(app);
        app.Run(connector.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        connector.ServiceUrl = address.TrimEnd('/') + PathBase;
        return connector;
    }

    public FakeConnector Reply(params ConnectorReply[] replies)
    {
        foreach (var reply in replies) _replies.Enqueue(reply);
        return this;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var rawTarget = context.Features.Get<IHttpRequestFeature>()!.RawTarget;
        _requests.Enqueue(new RecordedRequest(context.Request.Method, rawTarget, headers, body));

        if (ResponseDelay > TimeSpan.Zero) await Task.Delay(ResponseDelay);

        var reply = _replies.TryDequeue(out var queued) ? queued : DefaultReply(context.Request.Method);
        context.Response.StatusCode = reply.Status;
        foreach (var (name, value) in reply.Headers ?? new Dictionary<string, string>()) context.Response.Headers[name] = value;
        if (reply.Body is not null)
        {
            context.Response.ContentType = "application/json; charset=utf-8";
            await context.Response.WriteAsync(reply.Body);
        }
    }

    private ConnectorReply DefaultReply(string method) => method switch
    {
        "POST" or "PUT" => ConnectorReply.Created($"reply-{Interlocked.Increment(ref _nextId)}"),
        "GET" => new ConnectorReply(200, """{"id":"29:member","name":"Megan Bowen","aadObjectId":"7faf","email":"megan@example.org","userPrincipalName":"megan@example.org"}"""),
        _ => new ConnectorReply(200),
    };
}
