using System.Security.Claims;

namespace ComplaintsBot.BotFramework.Authentication;

/// <summary>
/// Authenticates an inbound request from a channel (the Bot Framework JWT in the Authorization header,
/// checked against the activity's channelId and serviceUrl). The CloudAdapter calls it before any turn.
/// </summary>
public interface IChannelRequestAuthenticator
{
    /// <summary>True in local mode (no MicrosoftAppId): the adapter then sets no CallerId.</summary>
    bool IsAuthenticationDisabled { get; }

    /// <summary>The caller's identity; throws <see cref="UnauthorizedAccessException"/> when the request is not trusted.</summary>
    Task<ClaimsIdentity> AuthenticateRequestAsync(string? authHeader, string channelId, string serviceUrl, CancellationToken cancellationToken);
}
