using System.Net;
using ComplaintsBot.BotFramework.Testing;

namespace ComplaintsBot.Tests.Hosting;

public sealed class AuthenticationTests : IAsyncLifetime
{
    private static readonly Dictionary<string, string> Registration = new()
    {
        ["MicrosoftAppType"] = "SingleTenant",
        ["MicrosoftAppId"] = "0b7a1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d",
        ["MicrosoftAppPassword"] = "not-a-real-secret",
        ["MicrosoftAppTenantId"] = TeamsActivities.TenantId,
    };

    private readonly TempFolder _data = new();
    private RecordingConnector _channel = null!;
    private BotHost _host = null!;

    public async Task InitializeAsync()
    {
        _channel = await RecordingConnector.StartAsync();
        _host = new BotHost(_data.Path, Registration);
    }

    [Fact]
    public async Task With_an_app_id_a_request_without_a_token_gets_401_and_the_bot_sends_nothing()
    {
        var response = await _host.PostActivityAsync(new TeamsActivities(_channel.ServiceUrl).Message("help"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Empty(_channel.Calls);
    }

    [Fact]
    public async Task With_an_app_id_a_token_that_is_not_a_channel_token_gets_401_and_the_bot_sends_nothing()
    {
        var response = await _host.PostActivityAsync(new TeamsActivities(_channel.ServiceUrl).Message("help"), "Bearer eyJhbGciOiJub25lIn0.eyJpc3MiOiJtZSJ9.");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_channel.Calls);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _channel.DisposeAsync();
        _data.Dispose();
    }
}
