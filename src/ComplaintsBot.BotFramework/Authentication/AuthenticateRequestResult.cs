using System.Security.Claims;

namespace ComplaintsBot.BotFramework.Authentication;

/// <summary>What an authenticated inbound request tells the adapter (the SDK's type of this name).</summary>
/// <param name="ClaimsIdentity">The token's claims (raw JWT claim names: aud, serviceurl, ...), or an empty anonymous identity.</param>
/// <param name="CallerId">Value for <c>Activity.CallerId</c>: <see cref="CallerIdConstants.PublicAzureChannel"/>, or null when authentication is disabled.</param>
/// <param name="Audience">OAuth scope to use when replying to this caller.</param>
public sealed record AuthenticateRequestResult(ClaimsIdentity ClaimsIdentity, string? CallerId, string Audience);
