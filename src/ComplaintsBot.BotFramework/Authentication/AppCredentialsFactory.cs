using Microsoft.Identity.Client;

namespace ComplaintsBot.BotFramework.Authentication;

/// <summary>
/// Picks the outbound credentials for the configured app type (the SDK's <c>ConfigurationServiceClientCredentialFactory</c>):
/// none in local mode, MSAL client credentials from tenant botframework.com (MultiTenant) or from
/// MicrosoftAppTenantId (SingleTenant), or the user-assigned managed identity.
/// Call once at startup and keep the result: the MSAL application inside holds the token cache.
/// </summary>
public static class AppCredentialsFactory
{
    /// <exception cref="InvalidOperationException">The settings are invalid (see <see cref="BotFrameworkAuthenticationOptions.Validate"/>).</exception>
    public static AppCredentials Create(BotFrameworkAuthenticationOptions options, IMsalHttpClientFactory? httpClientFactory = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        if (options.IsAuthenticationDisabled)
        {
            return AppCredentials.Empty;
        }

        var appId = options.MicrosoftAppId!;
        return options.MicrosoftAppType switch
        {
            MicrosoftAppType.UserAssignedMsi => new ManagedIdentityAppCredentials(appId, scope: null, httpClientFactory),
            _ => new MsalAppCredentials(
                appId,
                options.MicrosoftAppPassword!,
                AuthenticationConstants.ToChannelFromBotLoginUrlPrefix + options.ChannelAuthTenant,
                scope: null,
                httpClientFactory),
        };
    }
}
