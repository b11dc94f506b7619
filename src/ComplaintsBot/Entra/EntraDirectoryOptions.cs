namespace ComplaintsBot.Entra;

/// <summary>
/// Roles and line managers from Microsoft Entra ID through Microsoft Graph (configuration section
/// "ComplaintsBot:Directory"). With no group mapped to a role the bot is in local mode: roles and line managers come
/// from the staff directory alone (admin commands and the admin card).
/// </summary>
public sealed class EntraDirectoryOptions
{
    public const string SectionName = "ComplaintsBot:Directory";

    /// <summary>Security group object id -> the bot's role for its members (members of nested groups included).</summary>
    public Dictionary<string, string> GroupRoles { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>How long roles read from the directory are used before they are read again. Default one hour.</summary>
    public TimeSpan RefreshAfter { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long to wait after Graph failed before asking it again (the last known roles are used meanwhile).</summary>
    public TimeSpan RetryAfterFailure { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Whether groups inside groups count (transitiveMemberOf) or only direct membership (memberOf). Default true.</summary>
    public bool NestedGroups { get; set; } = true;

    /// <summary>Microsoft Graph's address; default https://graph.microsoft.com/v1.0 (national clouds have their own).</summary>
    public string GraphBaseUrl { get; set; } = "https://graph.microsoft.com/v1.0";

    /// <summary>The app's credentials for Graph; default the bot's own MicrosoftAppTenantId, MicrosoftAppId, MicrosoftAppPassword.</summary>
    public string? TenantId { get; set; }
    public string? ClientId { get; set; }
    public string? ClientSecret { get; set; }

    /// <summary>The authority host for the app's token; default https://login.microsoftonline.com.</summary>
    public string AuthorityHost { get; set; } = "https://login.microsoftonline.com";

    public bool IsConfigured => GroupRoles.Count > 0;
}
