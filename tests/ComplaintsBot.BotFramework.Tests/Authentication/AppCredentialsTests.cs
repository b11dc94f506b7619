using System.Web;
using ComplaintsBot.BotFramework.Authentication;

namespace ComplaintsBot.BotFramework.Tests.Authentication;

/// <summary>
/// Outbound tokens for the Connector (bot-protocol notes §3.2): client credentials from the right tenant for scope
/// https://api.botframework.com/.default, cached by MSAL until 5 minutes before expiry; none in local mode.
/// MSAL reads the wall clock, so expiry is tested with short expires_in values rather than a fake clock.
/// </summary>
public sealed class AppCredentialsTests : IDisposable
{
    private const string AppId = "6a1c4f0e-5b7d-4c1e-9b55-3f2d8e7a9c10";
    private const string TenantId = "3b0c9a52-8f1e-4d7a-a3c2-5e6f7a8b9c0d";

    private readonly FakeTokenEndpoint _endpoint = new();

    public void Dispose() => _endpoint.Dispose();

    [Fact]
    public async Task A_MultiTenant_bot_asks_tenant_botframework_com_for_a_connector_token_with_client_credentials()
    {
        var credentials = Create(new() { MicrosoftAppId = AppId, MicrosoftAppPassword = "s3cret" });

        var token = await credentials.GetTokenAsync();

        Assert.Equal("token-1", token);
        var request = Assert.Single(_endpoint.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token", request.Uri.GetLeftPart(UriPartial.Path));
        Assert.Equal("client_credentials", request.Form["grant_type"]);
        Assert.Equal(AppId, request.Form["client_id"]);
        Assert.Equal("s3cret", request.Form["client_secret"]);
        Assert.Equal("https://api.botframework.com/.default", request.Form["scope"]);
    }

    [Fact]
    public async Task A_SingleTenant_bot_asks_its_own_tenant()
    {
        var credentials = Create(new()
        {
            MicrosoftAppType = MicrosoftAppType.SingleTenant,
            MicrosoftAppId = AppId,
            MicrosoftAppPassword = "s3cret",
            MicrosoftAppTenantId = TenantId,
        });

        await credentials.GetTokenAsync();

        var request = Assert.Single(_endpoint.Requests);
        Assert.Equal($"https://login.microsoftonline.com/{TenantId}/oauth2/v2.0/token", request.Uri.GetLeftPart(UriPartial.Path));
        Assert.Equal("https://api.botframework.com/.default", request.Form["scope"]);
    }

    [Fact]
    public async Task The_token_is_fetched_once_and_reused_while_it_is_fresh()
    {
        var credentials = Create(new() { MicrosoftAppId = AppId, MicrosoftAppPassword = "s3cret" });

        var first = await credentials.GetTokenAsync();
        var second = await credentials.GetTokenAsync();

        Assert.Equal("token-1", first);
        Assert.Equal("token-1", second);
        Assert.Single(_endpoint.Requests);
    }

    [Fact]
    public async Task A_token_within_five_minutes_of_expiry_is_replaced_by_a_new_one()
    {
        _endpoint.ExpiresInSeconds = 240;
        var credentials = Create(new() { MicrosoftAppId = AppId, MicrosoftAppPassword = "s3cret" });

        var first = await credentials.GetTokenAsync();
        _endpoint.ExpiresInSeconds = 3600;
        var second = await credentials.GetTokenAsync();
        var third = await credentials.GetTokenAsync();

        Assert.Equal("token-1", first);
        Assert.Equal("token-2", second);
        Assert.Equal("token-2", third);
        Assert.Equal(2, _endpoint.Requests.Count);
    }

    [Fact]
    public async Task A_forced_refresh_fetches_a_new_token()
    {
        var credentials = Create(new() { MicrosoftAppId = AppId, MicrosoftAppPassword = "s3cret" });

        await credentials.GetTokenAsync();
        var refreshed = await credentials.GetTokenAsync(forceRefresh: true);

        Assert.Equal("token-2", refreshed);
    }

    [Fact]
    public async Task Outbound_requests_carry_the_token_as_a_bearer_header()
    {
        var credentials = Create(new() { MicrosoftAppId = AppId, MicrosoftAppPassword = "s3cret" });
        using var request = new HttpRequestMessage(HttpMethod.Post, "https://smba.trafficmanager.net/uk/v3/conversations/a/activities");

        await credentials.ProcessHttpRequestAsync(request);

        Assert.True(credentials.ShouldSetToken);
        Assert.Equal("Bearer", request.Headers.Authorization?.Scheme);
        Assert.Equal("token-1", request.Headers.Authorization?.Parameter);
    }

    [Fact]
    public async Task In_local_mode_there_is_no_token_and_no_authorization_header()
    {
        var credentials = Create(new());
        using var request = new HttpRequestMessage(HttpMethod.Post, "http://localhost:56150/v3/conversations/a/activities");

        var token = await credentials.GetTokenAsync();
        await credentials.ProcessHttpRequestAsync(request);

        Assert.Same(AppCredentials.Empty, credentials);
        Assert.False(credentials.ShouldSetToken);
        Assert.Null(token);
        Assert.Null(request.Headers.Authorization);
        Assert.Empty(_endpoint.Requests);
    }

    [Fact]
    public async Task A_user_assigned_managed_identity_gets_its_token_from_the_identity_endpoint_for_its_client_id()
    {
        var credentials = Create(new()
        {
            MicrosoftAppType = MicrosoftAppType.UserAssignedMsi,
            MicrosoftAppId = AppId,
            MicrosoftAppTenantId = TenantId,
        });

        var first = await credentials.GetTokenAsync();
        var second = await credentials.GetTokenAsync();

        Assert.IsType<ManagedIdentityAppCredentials>(credentials);
        Assert.Equal("token-1", first);
        Assert.Equal("token-1", second);
        var request = Assert.Single(_endpoint.Requests);
        Assert.Equal("/metadata/identity/oauth2/token", request.Uri.AbsolutePath);
        var query = HttpUtility.ParseQueryString(request.Uri.Query);
        Assert.Equal(AppId, query["client_id"]);
        Assert.Equal("https://api.botframework.com", query["resource"]);
    }

    private AppCredentials Create(BotFrameworkAuthenticationOptions options) => AppCredentialsFactory.Create(options, _endpoint);
}
