using Microsoft.Extensions.DependencyInjection;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Logging;
using ComplaintsBot.BotFramework.Testing;

namespace ComplaintsBot.Tests.Hosting;

/// <summary>
/// The real host (Program) in Development mode on a SQLite file in <paramref name="dataFolder"/>, with optional
/// extra settings and DI overrides. Requests go through the in-memory test server; the bot's Connector calls
/// leave over real HTTP to wherever the activity's serviceUrl points (a <see cref="RecordingConnector"/>).
/// </summary>
public sealed class BotHost(string dataFolder, IReadOnlyDictionary<string, string>? settings = null, Action<IServiceCollection>? overrides = null)
    : WebApplicationFactory<Program>
{
    public string SqlitePath => Path.Combine(dataFolder, "complaintsbot.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Store:SqlitePath", SqlitePath);
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) builder.UseSetting(key, value);
        builder.ConfigureLogging(logging => logging.ClearProviders().SetMinimumLevel(LogLevel.Warning));
        if (overrides is not null) builder.ConfigureTestServices(overrides);
    }

    public async Task<HttpResponseMessage> PostActivityAsync(JsonObject activity, string? authorization = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = JsonContent.Create(activity) };
        if (authorization is not null) request.Headers.TryAddWithoutValidation("Authorization", authorization);
        return await CreateClient().SendAsync(request);
    }

    public T GetService<T>() where T : notnull => Services.GetRequiredService<T>();

    /// <summary>Starts the host on Kestrel at a free 127.0.0.1 port, for real clients; returns its /api/messages URL.</summary>
    public string StartOnLoopback()
    {
        UseKestrel(kestrel => kestrel.Listen(System.Net.IPAddress.Loopback, 0));
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return $"{address.TrimEnd('/')}/api/messages";
    }
}
