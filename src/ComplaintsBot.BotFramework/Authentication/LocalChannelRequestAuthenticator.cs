using System.Security.Claims;

namespace ComplaintsBot.BotFramework.Authentication;

/// <summary>
/// Local mode (no MicrosoftAppId), as the SDK does it: a request without an Authorization header is
/// accepted as an anonymous identity (the Agents Playground sends none). A request WITH a header is
/// still validated: by the real authenticator when one is given, otherwise it is rejected, because a
/// token this process cannot check must never be taken on trust.
/// </summary>
public sealed class LocalChannelRequestAuthenticator : IChannelRequestAuthenticator
{
    /// <summary>The SDK's AuthenticationConstants.AnonymousAuthType.</summary>
    public const string AnonymousAuthType = "anonymous";

    private readonly IChannelRequestAuthenticator? _tokenValidator;

    public LocalChannelRequestAuthenticator(IChannelRequestAuthenticator? tokenValidator = null) => _tokenValidator = tokenValidator;

    public bool IsAuthenticationDisabled => true;

    public Task<ClaimsIdentity> AuthenticateRequestAsync(string? authHeader, string channelId, string serviceUrl, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(authHeader)) return Task.FromResult(new ClaimsIdentity([], AnonymousAuthType));
        if (_tokenValidator is not null) return _tokenValidator.AuthenticateRequestAsync(authHeader, channelId, serviceUrl, cancellationToken);
        throw new UnauthorizedAccessException("The request carries an Authorization header but no token validator is configured in local mode.");
    }
}
