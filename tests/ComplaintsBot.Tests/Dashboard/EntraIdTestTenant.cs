using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ComplaintsBot.Tests.Dashboard;

/// <summary>
/// A stand-in for an Entra ID tenant on a loopback port: its OpenID metadata and signing keys (generated here),
/// and tokens as Teams tab SSO would get them (v2.0 issuer, oid, audience of the app).
/// </summary>
internal sealed class EntraIdTestTenant : IAsyncDisposable
{
    public const string TenantId = "7e1d6a2c-3b4f-4d5e-9a8b-1c2d3e4f5a6b";
    public const string AppId = "6d3c1b2a-9f4e-4c1d-8a7b-2e5f0c9d1a44";
    public static readonly string Issuer = $"https://login.microsoftonline.com/{TenantId}/v2.0";

    private readonly WebApplication _app;
    private readonly RSA _rsa = RSA.Create(2048);
    private readonly RSA _stranger = RSA.Create(2048);

    private EntraIdTestTenant(WebApplication app) => _app = app;

    public string MetadataUrl { get; private set; } = "";

    public static async Task<EntraIdTestTenant> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var tenant = new EntraIdTestTenant(app);
        app.MapGet("/{tenant}/v2.0/.well-known/openid-configuration", (HttpRequest request) => Results.Text(JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["issuer"] = Issuer,
            ["authorization_endpoint"] = $"https://login.microsoftonline.com/{TenantId}/oauth2/v2.0/authorize",
            ["jwks_uri"] = $"{request.Scheme}://{request.Host}/{TenantId}/discovery/v2.0/keys",
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
        }), "application/json"));
        app.MapGet("/{tenant}/discovery/v2.0/keys", () => Results.Text(JsonSerializer.Serialize(new { keys = new[] { tenant.Jwk() } }), "application/json"));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        tenant.MetadataUrl = $"{address}/{TenantId}/v2.0/.well-known/openid-configuration";
        return tenant;
    }

    /// <summary>A token for the user with this oid; change the audience or sign with a key the tenant never published.</summary>
    public string Token(string objectId, string? audience = null, bool signedByStranger = false, string? issuer = null)
    {
        var key = new RsaSecurityKey(signedByStranger ? _stranger : _rsa) { KeyId = "tenant-key-1" };
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer ?? Issuer,
            Audience = audience ?? $"api://localhost/{AppId}",
            Subject = new ClaimsIdentity([new Claim("oid", objectId), new Claim("tid", TenantId), new Claim("name", "Test User")]),
            IssuedAt = DateTime.UtcNow,
            NotBefore = DateTime.UtcNow.AddMinutes(-1),
            Expires = DateTime.UtcNow.AddHours(1),
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        });
    }

    private Dictionary<string, string> Jwk()
    {
        var parameters = _rsa.ExportParameters(includePrivateParameters: false);
        return new()
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = "tenant-key-1",
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
        };
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        _rsa.Dispose();
        _stranger.Dispose();
    }
}
