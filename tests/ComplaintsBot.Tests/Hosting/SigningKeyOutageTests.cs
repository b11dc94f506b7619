using System.Diagnostics;
using System.Net;
using System.Text;
using ComplaintsBot.BotFramework.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;
using ComplaintsBot.BotFramework.Testing;

namespace ComplaintsBot.Tests.Hosting;

/// <summary>
/// The channel's signing-key endpoint hangs: requests with a token are answered 503 (with Retry-After) once the one
/// fetch in flight times out, all of them together, instead of each starting its own 30 s fetch behind a lock
/// (seen: four requests answered at 30, 60, 90 and 120 s).
/// </summary>
public sealed class SigningKeyOutageTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string AppId = "0b7a1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d";
    private readonly TempFolder _data = new();
    private RecordingConnector _channel = null!;
    private WebApplication _keys = null!;
    private string _metadataUrl = "";
    private int _keyRequests;

    public async Task InitializeAsync()
    {
        _channel = await RecordingConnector.StartAsync();
        // The OpenID metadata endpoint: accepts the connection and never answers.
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _keys = builder.Build();
        _keys.Map("/{**path}", async (HttpContext context) =>
        {
            Interlocked.Increment(ref _keyRequests);
            try { await Task.Delay(Timeout.Infinite, context.RequestAborted); }
            catch (OperationCanceledException) { }
        });
        await _keys.StartAsync();
        _metadataUrl = _keys.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single().TrimEnd('/') + "/.well-known/openidconfiguration";
    }

    public async Task DisposeAsync()
    {
        await _keys.DisposeAsync();
        await _channel.DisposeAsync();
        _data.Dispose();
    }

    [Fact]
    public async Task Four_messages_at_once_while_the_signing_keys_cannot_be_fetched_all_get_503_together_and_the_bot_sends_nothing()
    {
        var registration = new Dictionary<string, string>
        {
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppPassword"] = "not-a-real-secret",
            ["MicrosoftAppTenantId"] = TeamsActivities.TenantId,
        };
        // The host's own authentication, as configured, except that the metadata is the stand-in's, over http (settings require https).
        await using var host = new BotHost(_data.Path, registration, services => services.AddSingleton(provider =>
        {
            var options = provider.GetRequiredService<BotFrameworkAuthenticationOptions>();
            options.OpenIdMetadataUrl = _metadataUrl;
            options.RequireHttpsMetadata = false;
            return new BotFrameworkAuthentication(options, new HttpClient { Timeout = TimeSpan.FromSeconds(30) }, TimeProvider.System);
        }));
        var teams = new TeamsActivities(_channel.ServiceUrl);
        using (var client = host.CreateClient()) // started before the clock: only the requests are timed
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/healthz/live", UriKind.Relative))).StatusCode);

        var clock = Stopwatch.StartNew();
        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(async n =>
        {
            using var response = await host.PostActivityAsync(teams.Message($"message {n}"), "Bearer " + ChannelLikeToken());
            return (response.StatusCode, RetryAfter: response.Headers.RetryAfter, Body: await response.Content.ReadAsStringAsync(), At: clock.Elapsed);
        }));

        output.WriteLine(string.Join("; ", answers.Select(a => $"{(int)a.StatusCode} at {a.At.TotalSeconds:F1} s")));
        Assert.All(answers, a =>
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, a.StatusCode);
            Assert.NotNull(a.RetryAfter);
            Assert.DoesNotContain(" at ", a.Body, StringComparison.Ordinal); // one line, no stack trace
        });
        // One fetch for all four, bounded by its 10 s timeout: one after another they would take 40 s and more.
        var spread = answers.Max(a => a.At) - answers.Min(a => a.At);
        Assert.True(spread < TimeSpan.FromSeconds(5), $"The answers came {spread.TotalSeconds:F1} s apart: the requests waited for each other's fetch.");
        Assert.True(answers.Max(a => a.At) < TimeSpan.FromSeconds(25), $"The last answer took {answers.Max(a => a.At).TotalSeconds:F1} s.");
        Assert.Equal(1, _keyRequests);
        Assert.Empty(_channel.Calls);
    }

    // Shaped like a channel token (RS256, a key id, the channel's issuer, this bot as audience); its signature is never
    // checked, because the keys to check it with cannot be fetched.
    private static string ChannelLikeToken()
    {
        static string Part(string json) => Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        return Part("""{"alg":"RS256","kid":"key-unknown","typ":"JWT"}""") + "." +
               Part($$"""{"iss":"https://api.botframework.com","aud":"{{AppId}}","nbf":{{now - 60}},"exp":{{now + 3600}},"serviceUrl":"https://smba.trafficmanager.net/uk/"}""") + "." +
               Part("not-a-signature");
    }
}
