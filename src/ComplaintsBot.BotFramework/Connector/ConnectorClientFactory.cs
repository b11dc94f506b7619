using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Polly;

namespace ComplaintsBot.BotFramework.Connector;

/// <summary>
/// Connector clients over the named HttpClient "BotConnector", sharing one retry pipeline. A client is kept
/// per service URL (every reply of every turn goes to the same few) and renewed after
/// <see cref="ClientLifetime"/>, as IHttpClientFactory renews its handlers, so DNS changes are still seen.
/// </summary>
public sealed class ConnectorClientFactory : IConnectorClientFactory
{
    public const string HttpClientName = "BotConnector";

    private readonly IHttpClientFactory _httpClientFactory;
    private readonly IConnectorTokenProvider _tokenProvider;
    private readonly ServiceUrlAllowList _allowList;
    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;
    private readonly ILogger _logger;
    private readonly TimeProvider _clock;
    private readonly ConcurrentDictionary<string, CachedClient> _clients = new(StringComparer.Ordinal);

    /// <summary>IHttpClientFactory's default handler lifetime.</summary>
    public static readonly TimeSpan ClientLifetime = TimeSpan.FromMinutes(2);

    // Service URLs come from activities; past this many distinct ones the cache starts again rather than grow.
    private const int MaxCachedClients = 64;

    public ConnectorClientFactory(
        IHttpClientFactory httpClientFactory,
        IConnectorTokenProvider tokenProvider,
        IOptions<ConnectorClientOptions> options,
        TimeProvider? timeProvider = null,
        ILogger<ConnectorClient>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _httpClientFactory = httpClientFactory ?? throw new ArgumentNullException(nameof(httpClientFactory));
        _tokenProvider = tokenProvider ?? throw new ArgumentNullException(nameof(tokenProvider));
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _allowList = new ServiceUrlAllowList(options.Value);
        _pipeline = ConnectorResilience.CreatePipeline(options.Value, timeProvider, _logger);
        _clock = timeProvider ?? TimeProvider.System;
    }

    public ConnectorClient Create(string serviceUrl)
    {
        var now = _clock.GetTimestamp();
        if (serviceUrl is not null && _clients.TryGetValue(serviceUrl, out var cached) && _clock.GetElapsedTime(cached.Created, now) < ClientLifetime)
            return cached.Client;

        var client = new ConnectorClient(_httpClientFactory.CreateClient(HttpClientName), serviceUrl!, _tokenProvider, _allowList, _pipeline, _logger);
        if (_clients.Count >= MaxCachedClients) _clients.Clear();
        _clients[serviceUrl!] = new CachedClient(client, now);
        return client;
    }

    private sealed record CachedClient(ConnectorClient Client, long Created);
}
