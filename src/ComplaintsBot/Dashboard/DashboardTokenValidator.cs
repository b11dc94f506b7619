using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace ComplaintsBot.Dashboard;

/// <summary>
/// Validates the Teams tab's single sign-on token: an Entra ID v2.0 access token signed with one of the tenant's
/// published keys (fetched and cached by IdentityModel's ConfigurationManager), issued by
/// https://login.microsoftonline.com/{tenant}/v2.0, for the app (its id or api://{host}/{id}), and in date.
/// </summary>
public sealed class DashboardTokenValidator
{
    private readonly DashboardOptions _options;
    private readonly ConfigurationManager<OpenIdConnectConfiguration>? _metadata;
    private readonly JsonWebTokenHandler _handler = new();

    public DashboardTokenValidator(IOptions<DashboardOptions> options, IHttpClientFactory httpClients)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(httpClients);
        _options = options.Value;
        if (_options.IsLocal) return;
        var retriever = new HttpDocumentRetriever(httpClients.CreateClient(nameof(DashboardTokenValidator))) { RequireHttps = _options.RequireHttpsMetadata };
        _metadata = new ConfigurationManager<OpenIdConnectConfiguration>(_options.MetadataUrl, new OpenIdConnectConfigurationRetriever(), retriever);
    }

    /// <summary>The token of a request's <c>Authorization: Bearer</c> header, or null when it carries none.</summary>
    public static string? BearerToken(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) && header.Length > 7 ? header[7..].Trim() : null;
    }

    /// <summary>The token's Entra ID object id (oid), or a message saying why the token is not accepted.</summary>
    public async Task<(string? ObjectId, string? Problem)> ValidateAsync(string token, string requestHost, CancellationToken cancellationToken)
    {
        if (_metadata is null) return (null, "The dashboard has no app id configured, so it accepts no tokens.");
        var configuration = await _metadata.GetConfigurationAsync(cancellationToken);
        var host = _options.Host ?? requestHost;
        var parameters = new TokenValidationParameters
        {
            ValidIssuer = _options.Issuer,
            ValidAudiences = [_options.AppId, $"api://{host}/{_options.AppId}"],
            IssuerSigningKeys = configuration.SigningKeys,
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ValidateLifetime = true,
            ClockSkew = TimeSpan.FromMinutes(5),
        };
        var result = await _handler.ValidateTokenAsync(token, parameters);
        if (!result.IsValid)
            return (null, $"The sign-in token was not accepted: {Describe(result.Exception)}");
        return result.Claims.TryGetValue("oid", out var oid) && oid is string id && id.Length > 0
            ? (id, null)
            : (null, "The sign-in token has no user object id (oid).");
    }

    private static string Describe(Exception? exception) => exception switch
    {
        SecurityTokenInvalidAudienceException => "it was issued for another app (audience).",
        SecurityTokenInvalidIssuerException => "it was issued by another tenant (issuer).",
        SecurityTokenExpiredException => "it has expired.",
        SecurityTokenSignatureKeyNotFoundException or SecurityTokenInvalidSignatureException => "its signature does not match the tenant's keys.",
        null => "it is not valid.",
        _ => "it is malformed or not valid.",
    };
}
