using ComplaintsBot.BotFramework.Authentication;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.Tokens;

namespace ComplaintsBot.BotFramework.Tests.Authentication;

/// <summary>Inbound channel tokens, checked against keys served by a local OpenID endpoint (bot-protocol notes §3.1, §3.3).</summary>
public sealed class BotFrameworkAuthenticationTests : IAsyncLifetime
{
    private const string Teams = "msteams";

    // Far from today's date on purpose: a check that read the system clock would reject every token here.
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2031, 3, 3, 9, 30, 0, TimeSpan.Zero));
    private readonly TestSigningKey _teamsKey = new("teams-key-1", "msteams", "webchat");
    private readonly HttpClient _httpClient = new();
    private FakeBotFrameworkOpenIdServer _server = null!;

    private DateTimeOffset Now => _clock.GetUtcNow();

    public async Task InitializeAsync() => _server = await FakeBotFrameworkOpenIdServer.StartAsync(_teamsKey);

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _httpClient.Dispose();
        _teamsKey.Dispose();
    }

    [Fact]
    public async Task A_valid_channel_token_is_accepted_and_the_caller_is_the_azure_channel()
    {
        var result = await Authenticate(ChannelTokens.Create(_teamsKey, Now));

        Assert.True(result.ClaimsIdentity.IsAuthenticated);
        Assert.Equal(ChannelTokens.AppId, result.ClaimsIdentity.FindFirst("aud")?.Value);
        Assert.Equal(ChannelTokens.ServiceUrl, result.ClaimsIdentity.FindFirst("serviceurl")?.Value);
        Assert.Equal("urn:botframework:azure", result.CallerId);
        Assert.Equal("https://api.botframework.com", result.Audience);
    }

    [Theory]
    [InlineData(SecurityAlgorithms.RsaSha384)]
    [InlineData(SecurityAlgorithms.RsaSha512)]
    public async Task Tokens_signed_with_RS384_or_RS512_are_accepted(string algorithm)
    {
        var result = await Authenticate(ChannelTokens.Create(_teamsKey, Now, algorithm: algorithm));

        Assert.Equal(CallerIdConstants.PublicAzureChannel, result.CallerId);
    }

    [Fact]
    public async Task A_request_without_an_authorization_header_is_rejected_when_an_app_id_is_configured()
    {
        var error = await Assert.ThrowsAsync<UnauthorizedAccessException>(
            () => CreateAuthentication().AuthenticateRequestAsync(null, Teams, ChannelTokens.ServiceUrl));

        Assert.Contains("no Authorization header", error.Message);
    }

    [Fact]
    public async Task An_authorization_header_that_is_not_a_bearer_token_is_rejected()
    {
        var token = ChannelTokens.Create(_teamsKey, Now);

        var error = await Assert.ThrowsAsync<UnauthorizedAccessException>(
            () => CreateAuthentication().AuthenticateRequestAsync("Basic " + token, Teams, ChannelTokens.ServiceUrl));

        Assert.Contains("not 'Bearer <token>'", error.Message);
    }

    [Fact]
    public async Task A_malformed_token_is_rejected()
    {
        var error = await Reject("not.a-jwt");

        Assert.Contains("not a well-formed JWT", error.Message);
    }

    [Fact]
    public async Task A_token_from_an_issuer_other_than_api_botframework_com_is_rejected_before_any_key_is_fetched()
    {
        var error = await Reject(ChannelTokens.Create(_teamsKey, Now, issuer: "https://sts.windows.net/f8cdef31-a31e-4b4a-93e4-5f571e91255a/"));

        Assert.Contains("issuer 'https://sts.windows.net/f8cdef31-a31e-4b4a-93e4-5f571e91255a/' is not https://api.botframework.com", error.Message);
        Assert.Equal(0, _server.MetadataRequests);
    }

    [Fact]
    public async Task A_token_for_another_bot_is_rejected()
    {
        var error = await Reject(ChannelTokens.Create(_teamsKey, Now, audience: "00000000-0000-0000-0000-00000000beef"));

        Assert.Contains("audience '00000000-0000-0000-0000-00000000beef' is not this bot's app id", error.Message);
    }

    [Fact]
    public async Task A_token_that_expired_more_than_five_minutes_ago_is_rejected()
    {
        var token = ChannelTokens.Create(_teamsKey, Now, notBefore: Now.AddHours(-1), expires: Now.AddMinutes(-5).AddSeconds(-1));

        var error = await Reject(token);

        Assert.Contains("expired at 2031-03-03 09:24:59Z", error.Message);
    }

    [Fact]
    public async Task A_token_that_expired_less_than_five_minutes_ago_is_still_accepted()
    {
        var token = ChannelTokens.Create(_teamsKey, Now, notBefore: Now.AddHours(-1), expires: Now.AddMinutes(-4).AddSeconds(-59));

        var result = await Authenticate(token);

        Assert.Equal(CallerIdConstants.PublicAzureChannel, result.CallerId);
    }

    [Fact]
    public async Task A_token_not_valid_until_more_than_five_minutes_from_now_is_rejected()
    {
        var token = ChannelTokens.Create(_teamsKey, Now, notBefore: Now.AddMinutes(5).AddSeconds(1), expires: Now.AddHours(1));

        var error = await Reject(token);

        Assert.Contains("not valid before 2031-03-03 09:35:01Z", error.Message);
    }

    [Fact]
    public async Task A_token_valid_in_less_than_five_minutes_is_accepted()
    {
        var token = ChannelTokens.Create(_teamsKey, Now, notBefore: Now.AddMinutes(4).AddSeconds(59), expires: Now.AddHours(1));

        var result = await Authenticate(token);

        Assert.Equal(CallerIdConstants.PublicAzureChannel, result.CallerId);
    }

    [Fact]
    public async Task A_token_hmac_signed_with_the_channel_public_key_is_rejected()
    {
        var error = await Reject(ChannelTokens.CreateHmacSigned(_teamsKey, Now));

        Assert.Contains("signing algorithm 'HS256' is not one of RS256, RS384, RS512", error.Message);
    }

    [Fact]
    public async Task An_unsigned_token_with_algorithm_none_is_rejected()
    {
        var error = await Reject(ChannelTokens.CreateUnsigned(_teamsKey, Now));

        Assert.Contains("signing algorithm 'none' is not one of RS256, RS384, RS512", error.Message);
    }

    [Fact]
    public async Task A_token_signed_by_a_key_not_in_the_channel_key_set_is_rejected()
    {
        using var strangerKey = new TestSigningKey("stranger-key", "msteams");

        var error = await Reject(ChannelTokens.Create(strangerKey, Now));

        Assert.Contains("signed with key 'stranger-key', which is not in the channel's key set", error.Message);
    }

    [Fact]
    public async Task A_token_whose_signature_was_made_by_another_key_under_a_published_kid_is_rejected()
    {
        using var forgerKey = new TestSigningKey(_teamsKey.KeyId, "msteams");

        var error = await Reject(ChannelTokens.Create(forgerKey, Now));

        Assert.Contains("signature does not verify with key 'teams-key-1'", error.Message);
    }

    [Fact]
    public async Task A_key_not_endorsed_for_msteams_cannot_sign_teams_traffic()
    {
        using var webChatKey = new TestSigningKey("webchat-key", "webchat", "directline");
        _server.PublishKeys(_teamsKey, webChatKey);

        var error = await Reject(ChannelTokens.Create(webChatKey, Now));

        Assert.Contains("signing key 'webchat-key' is not endorsed for channel 'msteams' (endorsed for: webchat, directline)", error.Message);
    }

    [Fact]
    public async Task A_key_with_no_endorsements_is_rejected()
    {
        using var bareKey = new TestSigningKey("bare-key", endorsements: null);
        _server.PublishKeys(bareKey);

        var error = await Reject(ChannelTokens.Create(bareKey, Now));

        Assert.Contains("signing key 'bare-key' has no endorsements", error.Message);
    }

    [Fact]
    public async Task An_empty_channel_id_counts_as_endorsed()
    {
        using var webChatKey = new TestSigningKey("webchat-key", "webchat");
        _server.PublishKeys(webChatKey);

        var result = await CreateAuthentication().AuthenticateRequestAsync(
            "Bearer " + ChannelTokens.Create(webChatKey, Now), channelId: "", ChannelTokens.ServiceUrl);

        Assert.Equal(CallerIdConstants.PublicAzureChannel, result.CallerId);
    }

    [Fact]
    public async Task A_token_without_a_serviceurl_claim_is_rejected()
    {
        var error = await Reject(ChannelTokens.Create(_teamsKey, Now, serviceUrl: null));

        Assert.Contains("no serviceurl claim", error.Message);
    }

    [Fact]
    public async Task A_token_whose_serviceurl_differs_from_the_activity_service_url_is_rejected()
    {
        var token = ChannelTokens.Create(_teamsKey, Now, serviceUrl: "https://smba.trafficmanager.net/emea/");

        var error = await Reject(token);

        Assert.Contains("serviceurl 'https://smba.trafficmanager.net/emea/' does not match the activity's serviceUrl 'https://smba.trafficmanager.net/uk/'", error.Message);
    }

    [Fact]
    public async Task The_serviceurl_claim_matches_the_activity_service_url_ignoring_case()
    {
        var token = ChannelTokens.Create(_teamsKey, Now, serviceUrl: "HTTPS://SMBA.TrafficManager.NET/UK/");

        var result = await Authenticate(token);

        Assert.Equal(CallerIdConstants.PublicAzureChannel, result.CallerId);
    }

    [Fact]
    public async Task Without_an_app_id_a_request_without_a_header_is_anonymous_and_no_keys_are_fetched()
    {
        var authentication = CreateAuthentication(appId: null);

        var result = await authentication.AuthenticateRequestAsync(null, Teams, ChannelTokens.ServiceUrl);

        Assert.True(authentication.IsAuthenticationDisabled);
        Assert.Equal("anonymous", result.ClaimsIdentity.AuthenticationType);
        Assert.Empty(result.ClaimsIdentity.Claims);
        Assert.Null(result.CallerId);
        Assert.Equal(0, _server.MetadataRequests);
    }

    [Fact]
    public async Task Without_an_app_id_a_header_that_is_present_is_still_validated()
    {
        var authentication = CreateAuthentication(appId: null);

        var error = await Assert.ThrowsAsync<UnauthorizedAccessException>(
            () => authentication.AuthenticateRequestAsync("Bearer garbage", Teams, ChannelTokens.ServiceUrl));

        Assert.Contains("not a well-formed JWT", error.Message);
    }

    [Fact]
    public async Task Without_an_app_id_even_a_genuine_channel_token_is_rejected_because_no_audience_can_match()
    {
        var authentication = CreateAuthentication(appId: null);

        var error = await Assert.ThrowsAsync<UnauthorizedAccessException>(() => authentication.AuthenticateRequestAsync(
            "Bearer " + ChannelTokens.Create(_teamsKey, Now), Teams, ChannelTokens.ServiceUrl));

        Assert.Contains("no MicrosoftAppId is configured", error.Message);
    }

    private Task<AuthenticateRequestResult> Authenticate(string token) =>
        CreateAuthentication().AuthenticateRequestAsync("Bearer " + token, Teams, ChannelTokens.ServiceUrl);

    private Task<UnauthorizedAccessException> Reject(string token) =>
        Assert.ThrowsAsync<UnauthorizedAccessException>(() => Authenticate(token));

    private BotFrameworkAuthentication CreateAuthentication(string? appId = ChannelTokens.AppId) => new(
        new BotFrameworkAuthenticationOptions
        {
            MicrosoftAppId = appId,
            MicrosoftAppPassword = appId is null ? null : "secret",
            OpenIdMetadataUrl = _server.MetadataUrl,
            RequireHttpsMetadata = false,
        },
        _httpClient,
        _clock);
}
