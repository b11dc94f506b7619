using Microsoft.Extensions.Configuration;

namespace ComplaintsBot.BotFramework.Authentication;

/// <summary>
/// The bot's identity and where channel signing keys come from. Read with <see cref="FromConfiguration"/> (the SDK's
/// config keys) and check with <see cref="Validate"/> at startup. An empty <see cref="MicrosoftAppId"/> means local use:
/// authentication is disabled, as in the SDK (header-less requests are anonymous, outbound calls carry no token).
/// </summary>
public sealed class BotFrameworkAuthenticationOptions
{
    public const string MicrosoftAppTypeKey = "MicrosoftAppType";
    public const string MicrosoftAppIdKey = "MicrosoftAppId";
    public const string MicrosoftAppPasswordKey = "MicrosoftAppPassword";
    public const string MicrosoftAppTenantIdKey = "MicrosoftAppTenantId";
    public const string OpenIdMetadataUrlKey = "BotOpenIdMetadata";

    public MicrosoftAppType MicrosoftAppType { get; set; } = MicrosoftAppType.MultiTenant;

    public string? MicrosoftAppId { get; set; }

    public string? MicrosoftAppPassword { get; set; }

    public string? MicrosoftAppTenantId { get; set; }

    /// <summary>Where the channel's OpenID metadata (and through it the JWKS) is read; tests point it at a local server.</summary>
    public string OpenIdMetadataUrl { get; set; } = AuthenticationConstants.ToBotFromChannelOpenIdMetadataUrl;

    /// <summary>Refuse metadata and keys over plain HTTP. Only tests on loopback turn this off.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>How long fetching the channel's signing keys may take; then requests with a token are answered 503.</summary>
    public TimeSpan SigningKeyFetchTimeout { get; set; } = TimeSpan.FromSeconds(10);

    public bool IsAuthenticationDisabled => string.IsNullOrEmpty(MicrosoftAppId);

    /// <summary>Tenant that issues the bot's outbound tokens.</summary>
    public string ChannelAuthTenant => MicrosoftAppType == MicrosoftAppType.MultiTenant
        ? AuthenticationConstants.DefaultChannelAuthTenant
        : MicrosoftAppTenantId ?? string.Empty;

    /// <summary>
    /// Reads the SDK's keys (<c>MicrosoftAppType</c>, <c>MicrosoftAppId</c>, <c>MicrosoftAppPassword</c>,
    /// <c>MicrosoftAppTenantId</c>) plus <c>BotOpenIdMetadata</c>. An empty app type means MultiTenant, as in the SDK.
    /// </summary>
    public static BotFrameworkAuthenticationOptions FromConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = new BotFrameworkAuthenticationOptions
        {
            MicrosoftAppType = ParseAppType(configuration[MicrosoftAppTypeKey]),
            MicrosoftAppId = EmptyAsNull(configuration[MicrosoftAppIdKey]?.Trim()),
            MicrosoftAppPassword = EmptyAsNull(configuration[MicrosoftAppPasswordKey]),
            MicrosoftAppTenantId = EmptyAsNull(configuration[MicrosoftAppTenantIdKey]?.Trim()),
        };
        var metadataUrl = configuration[OpenIdMetadataUrlKey];
        if (!string.IsNullOrWhiteSpace(metadataUrl))
        {
            options.OpenIdMetadataUrl = metadataUrl.Trim();
        }

        return options;
    }

    /// <summary>Throws <see cref="InvalidOperationException"/> naming every missing or contradictory setting.</summary>
    public void Validate()
    {
        var problems = new List<string>();
        var hasId = !string.IsNullOrEmpty(MicrosoftAppId);
        var hasPassword = !string.IsNullOrEmpty(MicrosoftAppPassword);
        var hasTenant = !string.IsNullOrEmpty(MicrosoftAppTenantId);

        switch (MicrosoftAppType)
        {
            case MicrosoftAppType.MultiTenant:
                if (hasId && !hasPassword)
                {
                    problems.Add($"{MicrosoftAppPasswordKey} is required when {MicrosoftAppIdKey} is set.");
                }

                if (!hasId && hasPassword)
                {
                    // Without an id authentication is off; a password suggests that was not meant.
                    problems.Add($"{MicrosoftAppPasswordKey} is set but {MicrosoftAppIdKey} is empty, which would disable authentication; set {MicrosoftAppIdKey} or remove the password for local use.");
                }

                break;
            case MicrosoftAppType.SingleTenant:
                if (!hasId) problems.Add($"{MicrosoftAppIdKey} is required for SingleTenant.");
                if (!hasPassword) problems.Add($"{MicrosoftAppPasswordKey} is required for SingleTenant.");
                if (!hasTenant) problems.Add($"{MicrosoftAppTenantIdKey} is required for SingleTenant.");
                break;
            case MicrosoftAppType.UserAssignedMsi:
                if (!hasId) problems.Add($"{MicrosoftAppIdKey} (the managed identity's client id) is required for UserAssignedMsi.");
                if (!hasTenant) problems.Add($"{MicrosoftAppTenantIdKey} is required for UserAssignedMsi.");
                if (hasPassword) problems.Add($"{MicrosoftAppPasswordKey} must not be set for UserAssignedMsi.");
                break;
            default:
                problems.Add($"{MicrosoftAppTypeKey} '{MicrosoftAppType}' is not a known app type.");
                break;
        }

        if (!Uri.TryCreate(OpenIdMetadataUrl, UriKind.Absolute, out var metadataUri))
        {
            problems.Add($"The OpenID metadata URL '{OpenIdMetadataUrl}' is not an absolute URL.");
        }
        else if (RequireHttpsMetadata && metadataUri.Scheme != Uri.UriSchemeHttps)
        {
            problems.Add($"The OpenID metadata URL '{OpenIdMetadataUrl}' must use https.");
        }

        if (problems.Count > 0)
        {
            throw new InvalidOperationException("Bot authentication settings are invalid: " + string.Join(" ", problems));
        }
    }

    private static MicrosoftAppType ParseAppType(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return MicrosoftAppType.MultiTenant;
        }

        // Names only: Enum.TryParse would also take "1".
        var name = Enum.GetNames<MicrosoftAppType>()
            .FirstOrDefault(n => string.Equals(n, value.Trim(), StringComparison.OrdinalIgnoreCase));
        if (name is not null)
        {
            return Enum.Parse<MicrosoftAppType>(name);
        }

        throw new InvalidOperationException(
            $"{MicrosoftAppTypeKey} '{value}' is not one of {string.Join(", ", Enum.GetNames<MicrosoftAppType>())}.");
    }

    private static string? EmptyAsNull(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
