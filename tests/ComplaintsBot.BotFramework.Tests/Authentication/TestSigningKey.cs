using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace ComplaintsBot.BotFramework.Tests.Authentication;

/// <summary>An RSA signing key as the channel publishes it: a JWK with a kid and, usually, an endorsements array.</summary>
internal sealed class TestSigningKey : IDisposable
{
    private readonly RSA _rsa = RSA.Create(2048);

    /// <param name="keyId">The kid.</param>
    /// <param name="endorsements">Channel ids; null leaves the endorsements property out of the JWK.</param>
    public TestSigningKey(string keyId, params string[]? endorsements)
    {
        KeyId = keyId;
        Endorsements = endorsements;
        SecurityKey = new RsaSecurityKey(_rsa) { KeyId = keyId };
    }

    public string KeyId { get; }

    public string[]? Endorsements { get; }

    public RsaSecurityKey SecurityKey { get; }

    /// <summary>The public key as a JWKS entry.</summary>
    public Dictionary<string, object> ToJwk()
    {
        var parameters = _rsa.ExportParameters(includePrivateParameters: false);
        var jwk = new Dictionary<string, object>
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = KeyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
        };
        if (Endorsements is not null)
        {
            jwk["endorsements"] = Endorsements;
        }

        return jwk;
    }

    public void Dispose() => _rsa.Dispose();
}
