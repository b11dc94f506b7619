using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ComplaintsBot.BotFramework.Tests.Authentication;

/// <summary>
/// A real HTTP server on a free loopback port serving what login.botframework.com serves: the OpenID metadata at
/// /v1/.well-known/openidconfiguration and the JWKS (with endorsements) at /v1/.well-known/keys. Counts requests so
/// tests can see when keys are fetched.
/// </summary>
internal sealed class FakeBotFrameworkOpenIdServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private volatile IReadOnlyList<TestSigningKey> _keys;
    private int _metadataRequests;
    private int _keySetRequests;

    private FakeBotFrameworkOpenIdServer(WebApplication app, IReadOnlyList<TestSigningKey> keys)
    {
        _app = app;
        _keys = keys;
    }

    public string MetadataUrl { get; private set; } = string.Empty;

    public int MetadataRequests => Volatile.Read(ref _metadataRequests);

    public int KeySetRequests => Volatile.Read(ref _keySetRequests);

    /// <summary>When true both documents answer 503.</summary>
    public bool IsDown { get; set; }

    /// <summary>When true the metadata endpoint never answers (until the caller gives up).</summary>
    public bool Hangs { get; set; }

    /// <summary>Publishes a new key set, as the channel does when it rotates keys.</summary>
    public void PublishKeys(params TestSigningKey[] keys) => _keys = keys;

    public static async Task<FakeBotFrameworkOpenIdServer> StartAsync(params TestSigningKey[] keys)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new FakeBotFrameworkOpenIdServer(app, keys);
        app.MapGet("/v1/.well-known/openidconfiguration", server.ServeMetadata);
        app.MapGet("/v1/.well-known/keys", server.ServeKeySet);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        server.MetadataUrl = address + "/v1/.well-known/openidconfiguration";
        return server;
    }

    private async Task<IResult> ServeMetadata(HttpRequest request)
    {
        Interlocked.Increment(ref _metadataRequests);
        if (Hangs)
        {
            try { await Task.Delay(Timeout.Infinite, request.HttpContext.RequestAborted); }
            catch (OperationCanceledException) { /* the caller gave up */ }
            return Results.StatusCode(StatusCodes.Status504GatewayTimeout);
        }
        if (IsDown)
        {
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }

        var baseUrl = $"{request.Scheme}://{request.Host}";
        var metadata = new Dictionary<string, object>
        {
            ["issuer"] = "https://api.botframework.com",
            ["authorization_endpoint"] = "https://invalid.botframework.com",
            ["jwks_uri"] = baseUrl + "/v1/.well-known/keys",
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
            ["token_endpoint_auth_methods_supported"] = new[] { "private_key_jwt" },
        };
        return Results.Text(JsonSerializer.Serialize(metadata), "application/json");
    }

    private IResult ServeKeySet()
    {
        Interlocked.Increment(ref _keySetRequests);
        if (IsDown)
        {
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }

        var keySet = new { keys = _keys.Select(k => k.ToJwk()).ToArray() };
        return Results.Text(JsonSerializer.Serialize(keySet), "application/json");
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
