using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;

namespace ComplaintsBot.Tests.CardActions;

/// <summary>
/// A Bot Connector on 127.0.0.1: records every call the bot makes (sends, replies, PUT updates) and answers
/// each message with a new id, as Teams does; writes to a blocked conversation get Teams' 403.
/// </summary>
public sealed class FakeConnector : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Task _loop;
    private int _nextId;

    public FakeConnector()
    {
        var port = FreePort();
        Url = $"http://127.0.0.1:{port}/";
        _listener.Prefixes.Add(Url);
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public string Url { get; }

    public ConcurrentQueue<ConnectorCall> Calls { get; } = new();

    public IReadOnlyList<ConnectorCall> Sends => [.. Calls.Where(c => c.Method == "POST")];

    public IReadOnlyList<ConnectorCall> Updates => [.. Calls.Where(c => c.Method == "PUT")];

    /// <summary>Conversations whose user removed or blocked the bot: writes are answered 403 ConversationBlockedByUser.</summary>
    public ConcurrentDictionary<string, bool> BlockedConversations { get; } = new(StringComparer.Ordinal);

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            var path = context.Request.Url!.AbsolutePath;
            var id = context.Request.HttpMethod == "PUT" ? path[(path.LastIndexOf('/') + 1)..] : $"sent-{Interlocked.Increment(ref _nextId)}";
            var unescaped = Uri.UnescapeDataString(path);
            Calls.Enqueue(new ConnectorCall(context.Request.HttpMethod, unescaped, string.IsNullOrEmpty(body) ? null : JsonNode.Parse(body), id));
            var blocked = unescaped.Split('/') is [_, "v3", "conversations", var conversationId, ..] && BlockedConversations.ContainsKey(conversationId);
            var answer = Encoding.UTF8.GetBytes((blocked
                ? new JsonObject { ["error"] = new JsonObject { ["code"] = "ConversationBlockedByUser", ["message"] = "User blocked the conversation with the bot." } }
                : new JsonObject { ["id"] = id }).ToJsonString());
            context.Response.StatusCode = blocked ? 403 : 200;
            context.Response.ContentType = "application/json";
            await context.Response.OutputStream.WriteAsync(answer);
            context.Response.Close();
        }
    }

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        await _loop;
    }
}

/// <summary>One call to the Connector: method, path (v3/conversations/...), body, and the id answered.</summary>
public sealed record ConnectorCall(string Method, string Path, JsonNode? Body, string AnsweredId)
{
    /// <summary>The first Adaptive Card in the activity sent or put.</summary>
    public JsonObject? Card => Body?["attachments"]?[0]?["content"] as JsonObject;

    public string? Text => (string?)Body?["text"];
}
