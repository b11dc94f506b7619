using ComplaintsBot.BotFramework.Authentication;
using Microsoft.Extensions.Time.Testing;

namespace ComplaintsBot.BotFramework.Tests.Authentication;

/// <summary>
/// The channel's OpenID metadata and keys are cached, refetched after 5 days, and refetched when a token names an
/// unknown kid (key rotation), at most once per 5 minutes.
/// </summary>
public sealed class SigningKeyRefreshTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2031, 3, 3, 9, 30, 0, TimeSpan.Zero));
    private readonly TestSigningKey _oldKey = new("key-2031-01", "msteams");
    private readonly TestSigningKey _newKey = new("key-2031-03", "msteams");
    private readonly HttpClient _httpClient = new();
    private FakeBotFrameworkOpenIdServer _server = null!;
    private BotFrameworkAuthentication _authentication = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeBotFrameworkOpenIdServer.StartAsync(_oldKey);
        _authentication = new BotFrameworkAuthentication(
            new BotFrameworkAuthenticationOptions
            {
                MicrosoftAppId = ChannelTokens.AppId,
                MicrosoftAppPassword = "secret",
                OpenIdMetadataUrl = _server.MetadataUrl,
                RequireHttpsMetadata = false,
            },
            _httpClient,
            _clock);
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _httpClient.Dispose();
        _oldKey.Dispose();
        _newKey.Dispose();
    }

    [Fact]
    public async Task Keys_are_fetched_once_and_reused_for_later_requests()
    {
        await Authenticate(_oldKey);
        _clock.Advance(TimeSpan.FromHours(12));
        await Authenticate(_oldKey);

        Assert.Equal(1, _server.MetadataRequests);
        Assert.Equal(1, _server.KeySetRequests);
    }

    [Fact]
    public async Task Concurrent_first_requests_fetch_the_keys_once()
    {
        await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Authenticate(_oldKey)));

        Assert.Equal(1, _server.MetadataRequests);
    }

    [Fact]
    public async Task A_token_with_an_unknown_kid_refreshes_the_keys_and_is_accepted_after_rotation()
    {
        await Authenticate(_oldKey);
        _server.PublishKeys(_newKey);
        _clock.Advance(TimeSpan.FromMinutes(5));

        var result = await Authenticate(_newKey);

        Assert.Equal(CallerIdConstants.PublicAzureChannel, result.CallerId);
        Assert.Equal(2, _server.MetadataRequests);
        Assert.Equal(2, _server.KeySetRequests);
    }

    [Fact]
    public async Task Unknown_kids_refresh_the_keys_at_most_once_every_five_minutes()
    {
        using var madeUpKey = new TestSigningKey("made-up", "msteams");
        await Authenticate(_oldKey);

        _clock.Advance(TimeSpan.FromMinutes(4).Add(TimeSpan.FromSeconds(59)));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => Authenticate(madeUpKey));
        Assert.Equal(1, _server.MetadataRequests);

        _clock.Advance(TimeSpan.FromSeconds(1));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => Authenticate(madeUpKey));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => Authenticate(madeUpKey));
        Assert.Equal(2, _server.MetadataRequests);
    }

    [Fact]
    public async Task Keys_are_refetched_once_five_days_have_passed()
    {
        await Authenticate(_oldKey);

        _clock.Advance(TimeSpan.FromDays(5) - TimeSpan.FromSeconds(1));
        await Authenticate(_oldKey);
        Assert.Equal(1, _server.MetadataRequests);

        _clock.Advance(TimeSpan.FromSeconds(1));
        await Authenticate(_oldKey);
        Assert.Equal(2, _server.MetadataRequests);
    }

    [Fact]
    public async Task A_failed_refresh_keeps_the_last_good_keys_in_use()
    {
        await Authenticate(_oldKey);
        _server.IsDown = true;
        _clock.Advance(TimeSpan.FromDays(6));

        var result = await Authenticate(_oldKey);

        Assert.Equal(CallerIdConstants.PublicAzureChannel, result.CallerId);
        Assert.True(_server.MetadataRequests > 1, "the refresh was attempted");
    }

    [Fact]
    public async Task When_the_keys_were_never_fetched_a_metadata_outage_fails_the_request()
    {
        _server.IsDown = true;

        await Assert.ThrowsAsync<SigningKeysUnavailableException>(() => Authenticate(_oldKey));
    }

    [Fact]
    public async Task A_signing_key_endpoint_that_hangs_is_fetched_once_for_four_requests_and_all_four_fail_at_the_fetch_timeout()
    {
        _server.Hangs = true;

        var requests = Enumerable.Range(0, 4).Select(_ => Authenticate(_oldKey)).ToList();
        while (_server.MetadataRequests == 0) await Task.Delay(10);
        _clock.Advance(BotFrameworkSigningKeyCache.DefaultFetchTimeout);

        foreach (var request in requests) await Assert.ThrowsAsync<SigningKeysUnavailableException>(() => request.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Equal(1, _server.MetadataRequests);
    }

    [Fact]
    public async Task After_a_failed_fetch_requests_fail_at_once_without_fetching_again_until_the_backoff_has_passed()
    {
        _server.IsDown = true;
        await Assert.ThrowsAsync<SigningKeysUnavailableException>(() => Authenticate(_oldKey));
        var afterFirstFetch = _server.MetadataRequests;

        await Assert.ThrowsAsync<SigningKeysUnavailableException>(() => Authenticate(_oldKey));
        Assert.Equal(afterFirstFetch, _server.MetadataRequests);

        _server.IsDown = false;
        _clock.Advance(BotFrameworkSigningKeyCache.FailedFetchBackoff);
        await Authenticate(_oldKey);
        Assert.Equal(afterFirstFetch + 1, _server.MetadataRequests);
    }

    private Task<AuthenticateRequestResult> Authenticate(TestSigningKey key) =>
        _authentication.AuthenticateRequestAsync(
            "Bearer " + ChannelTokens.Create(key, _clock.GetUtcNow()), "msteams", ChannelTokens.ServiceUrl);
}
