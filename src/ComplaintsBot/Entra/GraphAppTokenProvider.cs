using Microsoft.Identity.Client;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Extensions.Options;

namespace ComplaintsBot.Entra;

/// <summary>
/// The app's own token for Microsoft Graph (client credentials, scope https://graph.microsoft.com/.default), from
/// MSAL, which caches it until shortly before it expires. Application permissions GroupMember.Read.All and
/// User.Read.All, granted by an administrator, let it read anyone's groups and manager.
/// </summary>
public sealed class GraphAppTokenProvider : IAccessTokenProvider
{
    private readonly IConfidentialClientApplication _app;
    private readonly string[] _scopes;

    public GraphAppTokenProvider(IOptions<EntraDirectoryOptions> options)
    {
        var settings = options.Value;
        if (string.IsNullOrWhiteSpace(settings.TenantId) || string.IsNullOrWhiteSpace(settings.ClientId) || string.IsNullOrWhiteSpace(settings.ClientSecret))
            throw new InvalidOperationException(
                "Reading roles from Entra ID needs the app's tenant id, client id and secret (ComplaintsBot:Directory:TenantId/ClientId/ClientSecret, or MicrosoftAppTenantId/MicrosoftAppId/MicrosoftAppPassword).");
        _app = ConfidentialClientApplicationBuilder.Create(settings.ClientId)
            .WithClientSecret(settings.ClientSecret)
            .WithAuthority($"{settings.AuthorityHost.TrimEnd('/')}/{settings.TenantId}")
            .Build();
        var graph = new Uri(settings.GraphBaseUrl);
        _scopes = [$"{graph.Scheme}://{graph.Authority}/.default"];
        AllowedHostsValidator = new AllowedHostsValidator([graph.Host]);
    }

    public AllowedHostsValidator AllowedHostsValidator { get; }

    public async Task<string> GetAuthorizationTokenAsync(Uri uri, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default)
    {
        if (!AllowedHostsValidator.IsUrlHostValid(uri)) return "";
        var result = await _app.AcquireTokenForClient(_scopes).ExecuteAsync(cancellationToken);
        return result.AccessToken;
    }
}
