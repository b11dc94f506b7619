using System.Collections.Concurrent;
using System.Text;

namespace ComplaintsBot.LoadBenchmark;

/// <summary>
/// Plays the Bot Connector on loopback: answers POST v3/conversations/{id}/activities[/{replyToId}] with
/// 201 {"id": ...} as Teams does, and hands each received activity to the conversation's inbox so the
/// driver can check it.
/// </summary>
public sealed class ConnectorStandIn : IAsyncDisposable
{
    public const string ServicePath = "/amer/";

    private readonly ConcurrentDictionary<string, ConversationInbox> _inboxes = new(StringComparer.Ordinal);
    private WebApplication? _app;
    private long _nextId;

    public string ServiceUrl { get; private set; } = string.Empty;

    /// <summary>Activities that arrived for a conversation the driver did not register.</summary>
    public long Unexpected => Interlocked.Read(ref _unexpected);
    private long _unexpected;

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(System.Net.IPAddress.Loopback, 0));
        _app = builder.Build();
        _app.MapPost(ServicePath + "v3/conversations/{conversationId}/activities/{replyToId?}", ReceiveAsync);
        await _app.StartAsync();
        var address = _app.Urls.First();
        ServiceUrl = address.TrimEnd('/') + ServicePath;
    }

    public ConversationInbox Register(string conversationId) => _inboxes[conversationId] = new ConversationInbox();

    public void Forget(string conversationId) => _inboxes.TryRemove(conversationId, out _);

    private async Task ReceiveAsync(HttpContext context, string conversationId, string? replyToId)
    {
        var body = await ReadBodyAsync(context.Request);
        if (_inboxes.TryGetValue(conversationId, out var inbox)) inbox.Add(new ReceivedActivity(replyToId, body));
        else Interlocked.Increment(ref _unexpected);

        var id = Interlocked.Increment(ref _nextId);
        context.Response.StatusCode = StatusCodes.Status201Created;
        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.WriteAsync($"{{\"id\":\"1:{id}\"}}", Encoding.UTF8);
    }

    private static async Task<byte[]> ReadBodyAsync(HttpRequest request)
    {
        // The HttpClient sends a Content-Length: read straight into the array the inbox keeps.
        if (request.ContentLength is { } length)
        {
            var exact = new byte[length];
            await request.Body.ReadExactlyAsync(exact);
            return exact;
        }
        using var buffer = new MemoryStream(1024);
        await request.Body.CopyToAsync(buffer);
        return buffer.ToArray();
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync();
    }
}
