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
/// If a refresh fails the last good keys stay in use.
/// Own cache rather than IdentityModel's ConfigurationManager: that one reads the wall clock (this one takes a
/// <see cref="TimeProvider"/>, so tests drive it), refreshes in the background after the first fetch, and does not keep
/// the raw JWKS the endorsements are read from.
/// </summary>
internal sealed class BotFrameworkSigningKeyCache(
    HttpClient httpClient,
    string metadataUrl,
    bool requireHttps,
    TimeProvider timeProvider,
    ILogger logger)
{
    public static readonly TimeSpan AutomaticRefreshInterval = TimeSpan.FromDays(5);
    public static readonly TimeSpan MinimumRefreshInterval = TimeSpan.FromMinutes(5);

    private readonly HttpDocumentRetriever _retriever = new(httpClient) { RequireHttps = requireHttps };
    private readonly SemaphoreSlim _fetchLock = new(1, 1);
    private volatile BotFrameworkSigningKeys? _current;
    private DateTimeOffset _lastFetchStarted = DateTimeOffset.MinValue;

    /// <summary>The keys, fetched or refreshed first if needed to know <paramref name="keyId"/> or if they are old.</summary>
    public async Task<BotFrameworkSigningKeys> GetKeysAsync(string keyId, CancellationToken cancellationToken)
    {
        var current = _current;
        if (current is not null && current.Contains(keyId) && !IsOld(current))
        {
            return current;
        }

        await _fetchLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            current = _current;
            if (current is null)
            {
                // Nothing to fall back on: a failure here fails the request.
                _lastFetchStarted = timeProvider.GetUtcNow();
                return _current = await FetchAsync(cancellationToken).ConfigureAwait(false);
            }

            var needed = !current.Contains(keyId) || IsOld(current);
            var allowed = timeProvider.GetUtcNow() - _lastFetchStarted >= MinimumRefreshInterval;
            if (needed && allowed)
            {
                _lastFetchStarted = timeProvider.GetUtcNow();
                try
                {
                    _current = await FetchAsync(cancellationToken).ConfigureAwait(false);
                }
                catch (Exception e) when (!cancellationToken.IsCancellationRequested)
                {
                    logger.LogWarning(e, "Refreshing the Bot Framework signing keys from {MetadataUrl} failed; keeping the keys fetched at {FetchedAt}.", metadataUrl, current.FetchedAt);
                }
            }

            return _current ?? current;
        }
        finally
        {
            _fetchLock.Release();
        }
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
