using Microsoft.Identity.Client;
using Microsoft.Identity.Client.AppConfig;

namespace ComplaintsBot.BotFramework.Authentication;

/// <summary>
/// Outbound tokens from a user-assigned managed identity (the SDK's <c>ManagedIdentityAppCredentials</c>), through
/// MSAL's managed-identity application, which finds the host's identity endpoint and caches the token as
/// <see cref="MsalAppCredentials"/> does. The app id is the identity's client id. Keep one instance per process.
/// </summary>
public sealed class ManagedIdentityAppCredentials : AppCredentials
{
    private readonly IManagedIdentityApplication _application;

    /// <param name="appId">Client id of the user-assigned managed identity.</param>
    /// <param name="scope">Resource; https://api.botframework.com when null.</param>
    /// <param name="httpClientFactory">HTTP for MSAL; tests pass a fake identity endpoint.</param>
    public ManagedIdentityAppCredentials(string appId, string? scope = null, IMsalHttpClientFactory? httpClientFactory = null)
        : base(appId, scope)
    {
        ArgumentException.ThrowIfNullOrEmpty(appId);
        var builder = ManagedIdentityApplicationBuilder.Create(ManagedIdentityId.WithUserAssignedClientId(appId));
        if (httpClientFactory is not null)
        {
            builder = builder.WithHttpClientFactory(httpClientFactory);
        }

        _application = builder.Build();
    }

    public override async Task<string?> GetTokenAsync(bool forceRefresh = false, CancellationToken cancellationToken = default)
    {
        // Managed identity takes a resource, not a "/.default" scope.
        var result = await _application
            .AcquireTokenForManagedIdentity(OAuthScope)
            .WithForceRefresh(forceRefresh)
            .ExecuteAsync(cancellationToken)
            .ConfigureAwait(false);
        return result.AccessToken;
    }
}
