using System.Security.Claims;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ComplaintsBot.BotFramework.Authentication;

/// <summary>
/// Authenticates requests from the Bot Framework channel (the SDK's <c>BotFrameworkAuthentication</c> /
/// <c>JwtTokenValidation.AuthenticateRequest</c> for the public cloud), in the SDK's order:
/// <list type="number">
/// <item>an <c>Authorization: Bearer</c> header is present; without one the request is anonymous if no app id is
/// configured, else rejected (a header that is present is always validated);</item>
/// <item>the token is a JWT whose issuer is https://api.botframework.com (checked before the signature);</item>
/// <item>its <c>kid</c> names a key in the channel's JWKS (an unknown kid refreshes the cached keys first),
/// signed with RS256, RS384 or RS512;</item>
/// <item>signature, issuer, <c>aud</c> == MicrosoftAppId, <c>nbf</c>/<c>exp</c> within 5 minutes skew, on the
/// injected clock;</item>
/// <item>the signing key's <c>endorsements</c> list the activity's channel id (an empty channel id counts as endorsed);</item>
/// <item>the <c>serviceurl</c> claim is present and equals the activity's serviceUrl, ignoring case.</item>
/// </list>
/// Every rejection is an <see cref="UnauthorizedAccessException"/> saying which check failed; the adapter answers 401.
/// If the channel's keys could never be fetched the fetch's own error surfaces (<see cref="IOException"/> when unreachable), since
/// that is our outage, not a bad caller. Only the public-cloud channel path is implemented: no Emulator or skill tokens.
/// Register one instance per process: it holds the key cache (see <c>BotFrameworkSigningKeyCache</c>).
/// </summary>
public sealed class BotFrameworkAuthentication : IChannelRequestAuthenticator
{
    private readonly BotFrameworkAuthenticationOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly BotFrameworkSigningKeyCache _keys;
    private readonly JsonWebTokenHandler _tokenHandler = new();

    /// <param name="options">Validated here; invalid settings throw <see cref="InvalidOperationException"/>.</param>
    /// <param name="httpClient">Used to read the OpenID metadata and the JWKS.</param>
    /// <param name="timeProvider">Clock for token lifetimes and key-cache age.</param>
    /// <param name="logger">Logs key fetches and failed refreshes.</param>
    public BotFrameworkAuthentication(
        BotFrameworkAuthenticationOptions options,
        HttpClient httpClient,
        TimeProvider timeProvider,
        ILogger<BotFrameworkAuthentication>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(timeProvider);
        options.Validate();
        _options = options;
        _timeProvider = timeProvider;
        _keys = new BotFrameworkSigningKeyCache(
            httpClient,
            options.OpenIdMetadataUrl,
            options.RequireHttpsMetadata,
            timeProvider,
            (ILogger?)logger ?? NullLogger.Instance,
            options.SigningKeyFetchTimeout);
    }

    public bool IsAuthenticationDisabled => _options.IsAuthenticationDisabled;

    /// <summary>Validates the request's Authorization header for an activity from <paramref name="channelId"/> at <paramref name="serviceUrl"/>.</summary>
    /// <exception cref="UnauthorizedAccessException">The request is not from the Bot Framework channel for this bot.</exception>
    public async Task<AuthenticateRequestResult> AuthenticateRequestAsync(
        string? authHeader,
        string? channelId,
        string? serviceUrl,
        CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(authHeader))
        {
            if (!IsAuthenticationDisabled)
            {
                throw Rejected("the request has no Authorization header.");
            }

            var anonymous = new ClaimsIdentity(new List<Claim>(), AuthenticationConstants.AnonymousAuthType);
            return new AuthenticateRequestResult(anonymous, CallerId: null, AuthenticationConstants.ToChannelFromBotOAuthScope);
        }

        var identity = await ValidateTokenAsync(ReadBearerToken(authHeader), channelId ?? string.Empty, cancellationToken)
            .ConfigureAwait(false);
        ValidateServiceUrl(identity, serviceUrl);
        return new AuthenticateRequestResult(identity, CallerIdConstants.PublicAzureChannel, AuthenticationConstants.ToChannelFromBotOAuthScope);
    }

    private static string ReadBearerToken(string authHeader)
    {
        var parts = authHeader.Trim().Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length != 2 || !parts[0].Equals("Bearer", StringComparison.OrdinalIgnoreCase))
        {
            throw Rejected("the Authorization header is not 'Bearer <token>'.");
        }

        return parts[1];
    }

    private async Task<ClaimsIdentity> ValidateTokenAsync(string token, string channelId, CancellationToken cancellationToken)
    {
        JsonWebToken jwt;
        try
        {
            jwt = new JsonWebToken(token);
        }
        catch (Exception e) when (e is ArgumentException or SecurityTokenMalformedException)
        {
            throw Rejected("the bearer token is not a well-formed JWT.");
        }

        // Issuer first, as the SDK does (JwtTokenExtractor.HasAllowedIssuer): no key lookups for foreign tokens.
        if (jwt.Issuer != AuthenticationConstants.ToBotFromChannelTokenIssuer)
        {
            throw Rejected($"the issuer '{jwt.Issuer}' is not {AuthenticationConstants.ToBotFromChannelTokenIssuer}.");
        }

        if (!AuthenticationConstants.AllowedSigningAlgorithms.Contains(jwt.Alg))
        {
            throw Rejected($"the signing algorithm '{jwt.Alg}' is not one of {string.Join(", ", AuthenticationConstants.AllowedSigningAlgorithms)}.");
        }

        if (string.IsNullOrEmpty(jwt.Kid))
        {
            throw Rejected("the token header has no kid, so its signing key cannot be found.");
        }

        var keys = await _keys.GetKeysAsync(jwt.Kid, cancellationToken).ConfigureAwait(false);
        if (!keys.KeysById.TryGetValue(jwt.Kid, out var signingKey))
        {
            throw Rejected($"the token is signed with key '{jwt.Kid}', which is not in the channel's key set.");
        }

        var result = await _tokenHandler.ValidateTokenAsync(jwt, ValidationParameters(signingKey)).ConfigureAwait(false);
        if (!result.IsValid)
        {
            throw Rejected(Describe(result.Exception, jwt));
        }

        // The endorsement check proves the key may sign for this channel (a key for webchat cannot sign msteams traffic).
        if (!keys.EndorsementsByKeyId.TryGetValue(jwt.Kid, out var endorsements))
        {
            throw Rejected($"signing key '{jwt.Kid}' has no endorsements in the channel's key set.");
        }

        if (channelId.Length > 0 && !endorsements.Contains(channelId))
        {
            throw Rejected($"signing key '{jwt.Kid}' is not endorsed for channel '{channelId}' (endorsed for: {string.Join(", ", endorsements)}).");
        }

        return result.ClaimsIdentity;
    }

    private TokenValidationParameters ValidationParameters(SecurityKey signingKey) => new()
    {
        ValidIssuer = AuthenticationConstants.ToBotFromChannelTokenIssuer,
        ValidateIssuer = true,
        ValidAudience = _options.MicrosoftAppId,
        ValidateAudience = true,
        RequireAudience = true,
        IssuerSigningKey = signingKey,
        TryAllIssuerSigningKeys = false,
        ValidAlgorithms = AuthenticationConstants.AllowedSigningAlgorithms,
        RequireSignedTokens = true,
        ValidateLifetime = true,
        RequireExpirationTime = true,
        ClockSkew = AuthenticationConstants.DefaultClockSkew,
        LifetimeValidator = ValidateLifetime,
    };

    // Our own lifetime check so the clock is the injected TimeProvider (IdentityModel's reads DateTime.UtcNow).
    private bool ValidateLifetime(DateTime? notBefore, DateTime? expires, SecurityToken token, TokenValidationParameters parameters)
    {
        var now = _timeProvider.GetUtcNow().UtcDateTime;
        if (expires is null)
        {
            throw new SecurityTokenNoExpirationException("The token has no exp.");
        }

        if (notBefore is { } validFrom && validFrom > now + parameters.ClockSkew)
        {
            throw new SecurityTokenNotYetValidException("The token is not yet valid.") { NotBefore = validFrom };
        }

        if (expires.Value < now - parameters.ClockSkew)
        {
            throw new SecurityTokenExpiredException("The token has expired.") { Expires = expires.Value };
        }

        return true;
    }

    private static void ValidateServiceUrl(ClaimsIdentity identity, string? serviceUrl)
    {
        // This makes the activity's serviceUrl trustworthy: replies carry the bot's token only to the channel's own URL.
        var claimed = identity.FindFirst(AuthenticationConstants.ServiceUrlClaim)?.Value;
        if (string.IsNullOrWhiteSpace(claimed))
        {
            throw Rejected("the token has no serviceurl claim.");
        }

        if (!string.Equals(claimed, serviceUrl, StringComparison.OrdinalIgnoreCase))
        {
            throw Rejected($"the token's serviceurl '{claimed}' does not match the activity's serviceUrl '{serviceUrl}'.");
        }
    }

    private string Describe(Exception? failure, JsonWebToken jwt) => failure switch
    {
        SecurityTokenInvalidAudienceException => _options.IsAuthenticationDisabled
            ? $"the token's audience '{string.Join(", ", jwt.Audiences)}' cannot be checked: no MicrosoftAppId is configured."
            : $"the token's audience '{string.Join(", ", jwt.Audiences)}' is not this bot's app id.",
        SecurityTokenExpiredException => $"the token expired at {jwt.ValidTo:u}, more than {AuthenticationConstants.DefaultClockSkew.TotalMinutes} minutes ago.",
        SecurityTokenNotYetValidException => $"the token is not valid before {jwt.ValidFrom:u}, more than {AuthenticationConstants.DefaultClockSkew.TotalMinutes} minutes from now.",
        SecurityTokenNoExpirationException => "the token has no expiry (exp).",
        SecurityTokenInvalidIssuerException => $"the issuer '{jwt.Issuer}' is not {AuthenticationConstants.ToBotFromChannelTokenIssuer}.",
        SecurityTokenInvalidAlgorithmException => $"the signing algorithm '{jwt.Alg}' is not allowed.",
        SecurityTokenSignatureKeyNotFoundException or SecurityTokenInvalidSignatureException =>
            $"the token's signature does not verify with key '{jwt.Kid}'.",
        _ => $"the token is not valid ({failure?.GetType().Name ?? "unknown reason"}).",
    };

    private static UnauthorizedAccessException Rejected(string reason) =>
        new("Bot Framework authentication failed: " + reason);

    /// <summary>The CloudAdapter's seam: the validated identity, or UnauthorizedAccessException.</summary>
    async Task<System.Security.Claims.ClaimsIdentity> IChannelRequestAuthenticator.AuthenticateRequestAsync(
        string? authHeader, string channelId, string serviceUrl, CancellationToken cancellationToken) =>
        (await AuthenticateRequestAsync(authHeader, channelId, serviceUrl, cancellationToken).ConfigureAwait(false)).ClaimsIdentity;
}
