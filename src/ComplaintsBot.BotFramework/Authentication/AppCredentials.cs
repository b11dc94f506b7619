using System.Net.Http.Headers;

namespace ComplaintsBot.BotFramework.Authentication;

/// <summary>
/// The bot's credentials for calls to the Connector (the SDK's <c>AppCredentials</c>). <see cref="GetTokenAsync"/>
/// returns null when there is no app id (local mode, <see cref="Empty"/>); callers then send no Authorization header,
/// which <see cref="ProcessHttpRequestAsync"/> does for them.
/// </summary>
public abstract class AppCredentials : ComplaintsBot.BotFramework.Connector.IConnectorTokenProvider
{
    /// <param name="microsoftAppId">The bot's app id; empty for local mode.</param>
    /// <param name="oAuthScope">Resource the token is for; the Connector's by default.</param>
    protected AppCredentials(string? microsoftAppId, string? oAuthScope)
    {
        MicrosoftAppId = string.IsNullOrEmpty(microsoftAppId) ? null : microsoftAppId;
        OAuthScope = string.IsNullOrEmpty(oAuthScope) ? AuthenticationConstants.ToChannelFromBotOAuthScope : oAuthScope;
    }

    /// <summary>Credentials for local mode: no token, no Authorization header.</summary>
    public static AppCredentials Empty { get; } = new EmptyAppCredentials();

    public string? MicrosoftAppId { get; }

    public string OAuthScope { get; }

    /// <summary>False in local mode: outbound requests then carry no token.</summary>
    public bool ShouldSetToken => MicrosoftAppId is not null;

    /// <summary>A bearer token for <see cref="OAuthScope"/>, from cache while it is fresh; null in local mode.</summary>
    public abstract Task<string?> GetTokenAsync(bool forceRefresh = false, CancellationToken cancellationToken = default);

    /// <summary>The Connector client's seam: the cached token, or null in local mode.</summary>
    Task<string?> ComplaintsBot.BotFramework.Connector.IConnectorTokenProvider.GetTokenAsync(CancellationToken cancellationToken) =>
        GetTokenAsync(forceRefresh: false, cancellationToken);

    /// <summary>Adds <c>Authorization: Bearer</c> to an outbound request, or nothing in local mode.</summary>
    public async Task ProcessHttpRequestAsync(HttpRequestMessage request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var token = await GetTokenAsync(forceRefresh: false, cancellationToken).ConfigureAwait(false);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
    }

    private sealed class EmptyAppCredentials() : AppCredentials(microsoftAppId: null, oAuthScope: null)
    {
        public override Task<string?> GetTokenAsync(bool forceRefresh = false, CancellationToken cancellationToken = default) =>
            Task.FromResult<string?>(null);
    }
}
