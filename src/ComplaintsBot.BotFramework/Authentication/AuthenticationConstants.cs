namespace ComplaintsBot.BotFramework.Authentication;

/// <summary>
/// The public-cloud Bot Framework constants (the SDK's <c>AuthenticationConstants</c>, the subset a Teams bot needs).
/// Sovereign clouds use other values and are out of scope.
/// </summary>
public static class AuthenticationConstants
{
    /// <summary>OpenID metadata document for tokens the channel sends to the bot.</summary>
    public const string ToBotFromChannelOpenIdMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>The only issuer accepted for channel tokens.</summary>
    public const string ToBotFromChannelTokenIssuer = "https://api.botframework.com";

    /// <summary>Resource the bot asks a token for when it calls the Connector; MSAL needs "/.default" appended.</summary>
    public const string ToChannelFromBotOAuthScope = "https://api.botframework.com";

    /// <summary>Login endpoint prefix; the tenant is appended.</summary>
    public const string ToChannelFromBotLoginUrlPrefix = "https://login.microsoftonline.com/";

    /// <summary>Tenant used for outbound tokens of a MultiTenant bot.</summary>
    public const string DefaultChannelAuthTenant = "botframework.com";

    /// <summary>Authentication type of the identity given to a request when authentication is disabled.</summary>
    public const string AnonymousAuthType = "anonymous";

    public const string AudienceClaim = "aud";
    public const string AppIdClaim = "appid";
    public const string ServiceUrlClaim = "serviceurl";
    public const string KeyIdHeader = "kid";

    /// <summary>Tolerance on <c>nbf</c> and <c>exp</c>.</summary>
    public static readonly TimeSpan DefaultClockSkew = TimeSpan.FromMinutes(5);

    /// <summary>Signing algorithms accepted on channel tokens.</summary>
    public static readonly IReadOnlyList<string> AllowedSigningAlgorithms = ["RS256", "RS384", "RS512"];
}
