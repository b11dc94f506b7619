using System.Net.Http.Headers;
using System.Text;
using ComplaintsBot.BotFramework.Builder;
using ComplaintsBot.BotFramework.Integration.AspNetCore;
using ComplaintsBot.BotFramework.Tests.Connector;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ComplaintsBot.BotFramework.Tests.Hosting;

/// <summary>
/// The bot on a real Kestrel host (127.0.0.1, port 0) wired with AddBotFramework + MapBotMessages, in
/// Development with no MicrosoftAppId (local mode), talking to a <see cref="FakeConnector"/>.
/// </summary>
public sealed class BotHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private BotHost(WebApplication app, FakeConnector connector, TestBot bot, HttpClient client)
    {
        _app = app;
        Connector = connector;
        Bot = bot;
        Client = client;
    }

    public FakeConnector Connector { get; }
    public TestBot Bot { get; }
    public HttpClient Client { get; }
    public IServiceProvider Services => _app.Services;
    public CloudAdapter Adapter => Services.GetRequiredService<CloudAdapter>();

    public static async Task<BotHost> StartAsync(Action<IServiceCollection>? configureServices = null)
    {
        var connector = await FakeConnector.StartAsync();
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = "",
            ["BotFramework:Connector:RetryBaseDelay"] = "00:00:00.001",
            ["BotFramework:Connector:MaxRetryDelay"] = "00:00:00.005",
        });
        var bot = new TestBot();
        builder.Services.AddBotFramework(builder.Configuration);
        builder.Services.AddSingleton<IBot>(bot);
        configureServices?.Invoke(builder.Services);

        var app = builder.Build();
        app.MapBotMessages("/api/messages");
        await app.StartAsync();

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var host = new BotHost(app, connector, bot, new HttpClient { BaseAddress = new Uri(address) });
        return host;
    }

    /// <summary>POSTs a Teams payload, its serviceUrl pointed at the stand-in Connector.</summary>
    public Task<HttpResponseMessage> PostAsync(string payload, string? authorization = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(TeamsPayloads.WithServiceUrl(payload, Connector.ServiceUrl), Encoding.UTF8, "application/json"),
        };
        if (authorization is not null) request.Headers.Authorization = AuthenticationHeaderValue.Parse(authorization);
        return Client.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        await Connector.DisposeAsync();
    }
}
