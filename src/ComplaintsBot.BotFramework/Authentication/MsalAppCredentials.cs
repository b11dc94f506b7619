using Microsoft.Identity.Client;

namespace ComplaintsBot.BotFramework.Authentication;

/// <summary>
/// App id + password credentials using MSAL's client-credentials flow (the SDK's <c>MsalAppCredentials</c>): scope
/// <c>https://api.botframework.com/.default</c>, authority <c>https://login.microsoftonline.com/{tenant}</c>.
/// Caching is MSAL's own: its in-memory token cache, which belongs to the one
/// <see cref="IConfidentialClientApplication"/> this instance keeps, serves the token until 5 minutes before it expires
/// and renews it early when the server sends refresh_in. A second cache on our side would only duplicate that (and
/// MSAL reads the wall clock, so a TimeProvider-driven wrapper could disagree with it). Keep one instance per process.
/// </summary>
public sealed class MsalAppCredentials : AppCredentials
{
    private readonly IConfidentialClientApplication _clientApplication;
    private readonly string[] _scopes;

    /// <param name="appId">The bot's app id.</param>
    /// <param name="appPassword">The app's client secret.</param>
    /// <param name="authority">Token authority; https://login.microsoftonline.com/botframework.com when null (MultiTenant).</param>
    /// <param name="scope">Resource; https://api.botframework.com when null. "/.default" is appended for MSAL.</param>
    /// <param name="httpClientFactory">HTTP for MSAL; tests pass a fake token endpoint.</param>
    public MsalAppCredentials(
        string appId,
        string appPassword,
        string? authority = null,
        string? scope = null,
        IMsalHttpClientFactory? httpClientFactory = null)
        : this(BuildApplication(appId, appPassword, authority, httpClientFactory), appId, scope)
    {
    }

    /// <summary>Uses an application the caller built (e.g. with a certificate); it must be reused across calls for caching.</summary>
    public MsalAppCredentials(IConfidentialClientApplication clientApplication, string appId, string? scope = null)
        : base(appId, scope)
    {
        ArgumentNullException.ThrowIfNull(clientApplication);
        ArgumentException.ThrowIfNullOrEmpty(appId);
        _clientApplication = clientApplication;
        _scopes = [OAuthScope.EndsWith("/.default", StringComparison.Ordinal) ? OAuthScope : OAuthScope.TrimEnd('/') + "/.default"];
    }

    /// <summary>The authority tokens come from.</summary>
    public string Authority => _clientApplication.Authority;

    public override async Task<string?> GetTokenAsync(bool forceRefresh = false, CancellationToken cancellationToken = default)
    {
        var result = await _clientApplication
            .AcquireTokenForClient(_scopes)
            .WithForceRefresh(forceRefresh)
            .ExecuteAsync(cancellationToken)
            .ConfigureAwait(false);
        return result.AccessToken;
    }

    private static IConfidentialClientApplication BuildApplication(
        string appId,
        string appPassword,
        string? authority,
        IMsalHttpClientFactory? httpClientFactory)
    {
        ArgumentException.ThrowIfNullOrEmpty(appId);
        ArgumentException.ThrowIfNullOrEmpty(appPassword);
        var builder = ConfidentialClientApplicationBuilder.Create(appId)
            .WithClientSecret(appPassword)
            .WithAuthority(authority ?? AuthenticationConstants.ToChannelFromBotLoginUrlPrefix + AuthenticationConstants.DefaultChannelAuthTenant);
        if (httpClientFactory is not null)
        {
            builder = builder.WithHttpClientFactory(httpClientFactory);
        }

        return builder.Build();
    }
}
