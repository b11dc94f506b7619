using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ComplaintsBot.BotFramework.Tests.Authentication;

/// <summary>Builds tokens shaped like the ones the Bot Framework channel sends, with one thing changed per test.</summary>
internal static class ChannelTokens
{
    public const string Issuer = "https://api.botframework.com";
    public const string AppId = "6a1c4f0e-5b7d-4c1e-9b55-3f2d8e7a9c10";
    public const string ServiceUrl = "https://smba.trafficmanager.net/uk/";

    public static string Create(
        TestSigningKey key,
        DateTimeOffset now,
        string issuer = Issuer,
        string audience = AppId,
        string? serviceUrl = ServiceUrl,
        DateTimeOffset? notBefore = null,
        DateTimeOffset? expires = null,
        string algorithm = SecurityAlgorithms.RsaSha256) =>
        Sign(new SigningCredentials(key.SecurityKey, algorithm), now, issuer, audience, serviceUrl, notBefore, expires);

    /// <summary>HS256 keyed with the public key's bytes: the classic algorithm-confusion forgery.</summary>
    public static string CreateHmacSigned(TestSigningKey key, DateTimeOffset now)
    {
        var secret = new SymmetricSecurityKey(Encoding.UTF8.GetBytes((string)key.ToJwk()["n"])) { KeyId = key.KeyId };
        return Sign(new SigningCredentials(secret, SecurityAlgorithms.HmacSha256), now, Issuer, AppId, ServiceUrl, null, null);
    }

    /// <summary>An unsigned token ("alg": "none") carrying a real kid and otherwise valid claims.</summary>
    public static string CreateUnsigned(TestSigningKey key, DateTimeOffset now)
    {
        var payload = Create(key, now).Split('.')[1];
        var header = Base64UrlEncoder.Encode($$"""{"alg":"none","typ":"JWT","kid":"{{key.KeyId}}"}""");
        return header + "." + payload + ".";
    }

    private static string Sign(
        SigningCredentials credentials,
        DateTimeOffset now,
        string issuer,
        string audience,
        string? serviceUrl,
        DateTimeOffset? notBefore,
        DateTimeOffset? expires)
    {
        var validFrom = notBefore ?? now.AddMinutes(-1);
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = validFrom.UtcDateTime,
            NotBefore = validFrom.UtcDateTime,
            Expires = (expires ?? now.AddHours(1)).UtcDateTime,
            SigningCredentials = credentials,
            Claims = new Dictionary<string, object> { ["ver"] = "1.0", ["appid"] = "d6d49420-f39b-4df7-a1dc-d59a935871db" },
        };
        if (serviceUrl is not null)
        {
            descriptor.Claims["serviceurl"] = serviceUrl;
        }

        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }
}
