using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using ComplaintsBot.BotFramework.Schema;
using Microsoft.Extensions.Logging;
using Polly;

namespace ComplaintsBot.BotFramework.Connector;

/// <summary>
/// The Bot Connector REST API v3 for one service URL (the SDK's ConnectorClient.Conversations).
/// Ids are escaped into the path (Teams ids contain ':' '@' ';' '='); every call carries the bearer token
/// when there is one, and is retried on 429 and 5xx.
/// </summary>
public class ConnectorClient
{
    private static readonly MediaTypeHeaderValue JsonContentType = new("application/json") { CharSet = "utf-8" };

    private readonly HttpClient _httpClient;
    private readonly IConnectorTokenProvider _tokenProvider;
    private readonly ServiceUrlAllowList _allowList;
    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;
    private readonly ILogger? _logger;

    public ConnectorClient(
        HttpClient httpClient,
        string serviceUrl,
        IConnectorTokenProvider tokenProvider,
        ServiceUrlAllowList allowList,
        ResiliencePipeline<HttpResponseMessage> pipeline,
        ILogger? logger = null)
    {
        _httpClient = httpClient ?? throw new ArgumentNullException(nameof(httpClient));
        _tokenProvider = tokenProvider ?? throw new ArgumentNullException(nameof(tokenProvider));
        _allowList = allowList ?? throw new ArgumentNullException(nameof(allowList));
        _pipeline = pipeline ?? throw new ArgumentNullException(nameof(pipeline));
        _logger = logger;
        BaseUri = ParseServiceUrl(serviceUrl);
    }

    /// <summary>The service URL, always ending in '/', so relative routes append to its path.</summary>
    public Uri BaseUri { get; }

    /// <summary>POST v3/conversations/{conversationId}/activities/{activityId}: a reply in the thread of an activity.</summary>
    public Task<ResourceResponse> ReplyToActivityAsync(string conversationId, string activityId, Activity activity, CancellationToken cancellationToken = default) =>
        SendAsync<ResourceResponse>(HttpMethod.Post, $"v3/conversations/{Escape(conversationId, nameof(conversationId))}/activities/{Escape(activityId, nameof(activityId))}", Require(activity), cancellationToken);

    /// <summary>POST v3/conversations/{conversationId}/activities: a new message in the conversation.</summary>
    public Task<ResourceResponse> SendToConversationAsync(string conversationId, Activity activity, CancellationToken cancellationToken = default) =>
        SendAsync<ResourceResponse>(HttpMethod.Post, $"v3/conversations/{Escape(conversationId, nameof(conversationId))}/activities", Require(activity), cancellationToken);

    /// <summary>PUT v3/conversations/{conversationId}/activities/{activityId}: replaces a message (e.g. a card) in place.</summary>
    public Task<ResourceResponse> UpdateActivityAsync(string conversationId, string activityId, Activity activity, CancellationToken cancellationToken = default) =>
        SendAsync<ResourceResponse>(HttpMethod.Put, $"v3/conversations/{Escape(conversationId, nameof(conversationId))}/activities/{Escape(activityId, nameof(activityId))}", Require(activity), cancellationToken);

    /// <summary>DELETE v3/conversations/{conversationId}/activities/{activityId}.</summary>
    public async Task DeleteActivityAsync(string conversationId, string activityId, CancellationToken cancellationToken = default) =>
        await SendAsync<ResourceResponse>(HttpMethod.Delete, $"v3/conversations/{Escape(conversationId, nameof(conversationId))}/activities/{Escape(activityId, nameof(activityId))}", null, cancellationToken).ConfigureAwait(false);

    /// <summary>POST v3/conversations: creates (or, in Teams, finds) a conversation, e.g. the 1:1 chat with a user.</summary>
    public Task<ConversationResourceResponse> CreateConversationAsync(ConversationParameters parameters, CancellationToken cancellationToken = default) =>
        SendAsync<ConversationResourceResponse>(HttpMethod.Post, "v3/conversations", parameters ?? throw new ArgumentNullException(nameof(parameters)), cancellationToken);

    /// <summary>GET v3/conversations/{conversationId}/members/{userId}: one member (Teams adds email, UPN, tenant in Properties).</summary>
    public Task<ChannelAccount> GetConversationMemberAsync(string userId, string conversationId, CancellationToken cancellationToken = default) =>
        SendAsync<ChannelAccount>(HttpMethod.Get, $"v3/conversations/{Escape(conversationId, nameof(conversationId))}/members/{Escape(userId, nameof(userId))}", null, cancellationToken);

    /// <summary>
    /// GET v3/conversations/{conversationId}/pagedmembers: one page of members (Teams deprecated and
    /// throttles the unpaged members call). Pass the previous page's continuationToken for the next.
    /// </summary>
    public Task<PagedMembersResult> GetConversationPagedMembersAsync(string conversationId, int? pageSize = null, string? continuationToken = null, CancellationToken cancellationToken = default)
    {
        var query = new List<string>();
        if (pageSize is { } size) query.Add($"pageSize={size}");
        if (!string.IsNullOrEmpty(continuationToken)) query.Add($"continuationToken={Uri.EscapeDataString(continuationToken)}");
        var path = $"v3/conversations/{Escape(conversationId, nameof(conversationId))}/pagedmembers" + (query.Count > 0 ? "?" + string.Join('&', query) : "");
        return SendAsync<PagedMembersResult>(HttpMethod.Get, path, null, cancellationToken);
    }

    private async Task<T> SendAsync<T>(HttpMethod method, string relativePath, object? body, CancellationToken cancellationToken) where T : class, new()
    {
        var uri = new Uri(BaseUri, relativePath);
        var content = body is null ? null : JsonSerializer.SerializeToUtf8Bytes(body, body.GetType(), BotJson.Options);

        using var response = await _pipeline.ExecuteAsync(async ct =>
        {
            var token = await _tokenProvider.GetTokenAsync(ct).ConfigureAwait(false);
            var hasToken = !string.IsNullOrEmpty(token);
            if (hasToken) _allowList.EnsureAllowed(BaseUri);

            using var request = new HttpRequestMessage(method, uri);
            if (hasToken) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            if (content is not null) request.Content = new ByteArrayContent(content) { Headers = { ContentType = JsonContentType } };
            return await _httpClient.SendAsync(request, HttpCompletionOption.ResponseContentRead, ct).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);

        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        // The operation's name (route with ids blanked) is only built for logs and errors.
        if (!response.IsSuccessStatusCode) throw CreateException(response.StatusCode, text, Operation(method, relativePath));
        if (string.IsNullOrWhiteSpace(text)) return new T();

        try
        {
            return JsonSerializer.Deserialize<T>(text, BotJson.Options) ?? new T();
        }
        catch (JsonException)
        {
            // A 2xx with an unreadable body (the Playground answers 202 with text and no id): the call worked.
            _logger?.LogDebug("Connector call {Operation} answered {Status} with a body that is not {Type}.", Operation(method, relativePath), (int)response.StatusCode, typeof(T).Name);
            return new T();
        }
    }

    private ErrorResponseException CreateException(HttpStatusCode status, string text, string operation)
    {
        JsonNode? node = null;
        ErrorResponse? error = null;
        try
        {
            node = string.IsNullOrWhiteSpace(text) ? null : JsonNode.Parse(text);
            error = node?.Deserialize<ErrorResponse>(BotJson.Options);
        }
        catch (JsonException)
        {
            // Not JSON (a proxy's HTML page, say): keep the raw text only.
        }

        _logger?.LogWarning("Connector call {Operation} failed with HTTP {Status}: {Code}.", operation, (int)status, error?.Error?.Code);
        if (status == HttpStatusCode.Forbidden && FindBlockedCode(node) is { } blockedCode)
            return new MessageWritesBlockedException(blockedCode, error, text, operation);
        return new ErrorResponseException(status, error, text, operation);
    }

    /// <summary>
    /// Teams reports a blocked bot as error.code, as a subCode beside it, or inside innerHttpError.body:
    /// look at every "code" and "subCode" in the body.
    /// </summary>
    private static string? FindBlockedCode(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj)
                {
                    if ((name.Equals("code", StringComparison.OrdinalIgnoreCase) || name.Equals("subCode", StringComparison.OrdinalIgnoreCase))
                        && value is JsonValue v && v.TryGetValue<string>(out var code) && MessageWritesBlockedException.BlockedCodes.Contains(code))
                        return code;
                    if (FindBlockedCode(value) is { } nested) return nested;
                }
                return null;
            case JsonArray array:
                return array.Select(FindBlockedCode).FirstOrDefault(c => c is not null);
            case JsonValue value when value.TryGetValue<string>(out var text) && text.TrimStart().StartsWith('{'):
                // innerHttpError.body is sometimes the inner service's JSON as a string.
                try { return FindBlockedCode(JsonNode.Parse(text)); }
                catch (JsonException) { return null; }
            default:
                return null;
        }
    }

    private static Uri ParseServiceUrl(string serviceUrl)
    {
        if (string.IsNullOrWhiteSpace(serviceUrl)) throw new ArgumentException("The service URL is empty; it comes from the activity or the stored conversation reference.", nameof(serviceUrl));
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            throw new ArgumentException($"The service URL '{serviceUrl}' is not an absolute http(s) URL.", nameof(serviceUrl));
        // The SDK adds '/' only when missing: "https://host/teams" and "https://host/teams/" both mean ".../teams/v3/...".
        return uri.AbsoluteUri.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");
    }

    private static string Escape(string value, string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(value, name);
        return Uri.EscapeDataString(value);
    }

    private static Activity Require(Activity activity) => activity ?? throw new ArgumentNullException(nameof(activity));

    private static string Operation(HttpMethod method, string relativePath) => $"{method} {RouteTemplate(relativePath)}";

    /// <summary>The route with ids blanked, so logs and exceptions do not carry user ids.</summary>
    private static string RouteTemplate(string relativePath)
    {
        var parts = relativePath.Split('?')[0].Split('/');
        for (var i = 0; i < parts.Length; i++)
        {
            if (i > 0 && parts[i - 1] is "conversations") parts[i] = "{conversationId}";
            else if (i > 0 && parts[i - 1] is "activities") parts[i] = "{activityId}";
            else if (i > 0 && parts[i - 1] is "members") parts[i] = "{memberId}";
        }
        return string.Join('/', parts);
    }
}
