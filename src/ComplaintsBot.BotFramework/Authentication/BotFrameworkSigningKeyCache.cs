using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace ComplaintsBot.BotFramework.Authentication;

/// <summary>
/// Caches the channel's OpenID metadata and JWKS. Refetched when <see cref="AutomaticRefreshInterval"/> has passed, and
/// when a token names a <c>kid</c> the cache does not know (key rotation), but never more than once per
/// <see cref="MinimumRefreshInterval"/> so tokens with made-up kids cannot hammer the metadata endpoint.
/// If a refresh fails the last good keys stay in use; with none, the request fails fast with
/// <see cref="SigningKeysUnavailableException"/> (the adapter answers 503).
/// Own cache rather than IdentityModel's ConfigurationManager: that one reads the wall clock (this one takes a
/// <see cref="TimeProvider"/>, so tests drive it), refreshes in the background after the first fetch, and does not keep
/// the raw JWKS the endorsements are read from.
/// </summary>
internal sealed class BotFrameworkSigningKeyCache(
    HttpClient httpClient,
    string metadataUrl,
    bool requireHttps,
    TimeProvider timeProvider,
    ILogger logger,
    TimeSpan? fetchTimeout = null)
{
    public static readonly TimeSpan AutomaticRefreshInterval = TimeSpan.FromDays(5);
    public static readonly TimeSpan MinimumRefreshInterval = TimeSpan.FromMinutes(5);
    /// <summary>How long one fetch (metadata and JWKS) may take before it is abandoned.</summary>
    public static readonly TimeSpan DefaultFetchTimeout = TimeSpan.FromSeconds(10);
    /// <summary>After a failed first fetch, requests are answered "unavailable" at once for this long rather than each waiting on a new fetch.</summary>
    public static readonly TimeSpan FailedFetchBackoff = TimeSpan.FromSeconds(10);

    private readonly HttpDocumentRetriever _retriever = new(httpClient) { RequireHttps = requireHttps };
    private readonly TimeSpan _fetchTimeout = fetchTimeout ?? DefaultFetchTimeout;
    private readonly Lock _sync = new();
    private volatile BotFrameworkSigningKeys? _current;
    private Task<BotFrameworkSigningKeys>? _inFlight;
    private DateTimeOffset _lastFetchStarted = DateTimeOffset.MinValue;
    private DateTimeOffset _lastFailure = DateTimeOffset.MinValue;

    /// <summary>
    /// The keys, fetched or refreshed first if needed to know <paramref name="keyId"/> or if they are old. One fetch
    /// runs at a time and every caller waits on that same fetch (single flight), each no longer than its timeout.
    /// </summary>
    /// <exception cref="SigningKeysUnavailableException">There are no keys and they could not be fetched.</exception>
    public async Task<BotFrameworkSigningKeys> GetKeysAsync(string keyId, CancellationToken cancellationToken)
    {
        var current = _current;
        if (current is not null && current.Contains(keyId) && !IsOld(current))
        {
            return current;
        }

        Task<BotFrameworkSigningKeys>? fetch;
        lock (_sync)
        {
            current = _current;
            var now = timeProvider.GetUtcNow();
            if (current is null)
            {
                if (_inFlight is null && now - _lastFailure < FailedFetchBackoff)
                {
                    throw new SigningKeysUnavailableException($"Fetching the Bot Framework signing keys failed less than {FailedFetchBackoff.TotalSeconds:0} s ago.", null);
                }

                fetch = _inFlight ??= StartFetch(now);
            }
            else
            {
                var needed = !current.Contains(keyId) || IsOld(current);
                var allowed = now - _lastFetchStarted >= MinimumRefreshInterval;
                fetch = _inFlight ?? (needed && allowed ? _inFlight = StartFetch(now) : null);
            }
        }

        if (fetch is null)
        {
            return current!;
        }

        try
        {
            return await fetch.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            if (current is not null)
            {
                // Logged once, by the fetch itself; the last good keys stay in use.
                return current;
            }

            throw new SigningKeysUnavailableException("The Bot Framework signing keys could not be fetched.", e);
        }
    }

    // Runs detached from any one request (several wait on it), within its own timeout.
    private Task<BotFrameworkSigningKeys> StartFetch(DateTimeOffset now)
    {
        _lastFetchStarted = now;
        return Task.Run(async () =>
        {
            using var timeout = new CancellationTokenSource(_fetchTimeout, timeProvider);
            try
            {
                // WaitAsync as well as the token: the document retriever may not give up when asked to.
                var keys = await FetchAsync(timeout.Token).WaitAsync(_fetchTimeout, timeProvider).ConfigureAwait(false);
                _current = keys;
                return keys;
            }
            catch (Exception e)
            {
                lock (_sync) _lastFailure = timeProvider.GetUtcNow();
                var reason = timeout.IsCancellationRequested || e is TimeoutException ? $"no answer within {_fetchTimeout.TotalSeconds:0} s" : e.GetType().Name;
                if (_current is { } kept)
                    logger.LogWarning("Refreshing the Bot Framework signing keys from {MetadataUrl} failed ({Reason}); keeping the keys fetched at {FetchedAt}.", metadataUrl, reason, kept.FetchedAt);
                else
                    logger.LogError("Fetching the Bot Framework signing keys from {MetadataUrl} failed ({Reason}); requests with a token are answered 503 until it works.", metadataUrl, reason);
                throw;
            }
            finally
            {
                lock (_sync) _inFlight = null;
            }
        });
    }

    private bool IsOld(BotFrameworkSigningKeys keys) =>
        timeProvider.GetUtcNow() - keys.FetchedAt >= AutomaticRefreshInterval;

    private async Task<BotFrameworkSigningKeys> FetchAsync(CancellationToken cancellationToken)
    {
        var metadataJson = await _retriever.GetDocumentAsync(metadataUrl, cancellationToken).ConfigureAwait(false);
        var metadata = OpenIdConnectConfiguration.Create(metadataJson);
        if (string.IsNullOrEmpty(metadata.JwksUri))
        {
            throw new InvalidOperationException($"The OpenID metadata at {metadataUrl} has no jwks_uri.");
        }

        var jwksJson = await _retriever.GetDocumentAsync(metadata.JwksUri, cancellationToken).ConfigureAwait(false);
        var keysById = new Dictionary<string, SecurityKey>(StringComparer.Ordinal);
        foreach (var key in new JsonWebKeySet(jwksJson).GetSigningKeys())
        {
            if (!string.IsNullOrEmpty(key.KeyId))
            {
                keysById.TryAdd(key.KeyId, key);
            }
        }

        var keys = new BotFrameworkSigningKeys(keysById, ReadEndorsements(jwksJson), timeProvider.GetUtcNow());
        logger.LogInformation("Fetched {KeyCount} Bot Framework signing keys from {JwksUri}.", keysById.Count, metadata.JwksUri);
        return keys;
    }

    /// <summary>kid → channel ids, from each key's <c>endorsements</c> array. Keys without one get no entry.</summary>
    private static Dictionary<string, IReadOnlySet<string>> ReadEndorsements(string jwksJson)
    {
        var result = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        using var document = JsonDocument.Parse(jwksJson);
        if (!document.RootElement.TryGetProperty("keys", out var keys) || keys.ValueKind != JsonValueKind.Array)
        {
            return result;
        }

        foreach (var key in keys.EnumerateArray())
        {
            if (key.ValueKind == JsonValueKind.Object
                && key.TryGetProperty("kid", out var kid) && kid.ValueKind == JsonValueKind.String
                && key.TryGetProperty("endorsements", out var endorsements) && endorsements.ValueKind == JsonValueKind.Array)
            {
                var channels = endorsements.EnumerateArray()
                    .Where(e => e.ValueKind == JsonValueKind.String)
                    .Select(e => e.GetString()!)
                    .ToHashSet(StringComparer.Ordinal);
                result.TryAdd(kid.GetString()!, channels);
            }
        }

        return result;
    }
}
