namespace ComplaintsBot.Dashboard;

/// <summary>
/// Settings of the dashboard tab (configuration section "Dashboard"). The app id and tenant default to the bot's
/// own (MicrosoftAppId, MicrosoftAppTenantId): the Teams tab's SSO token is issued for the same Entra ID app.
/// </summary>
public sealed class DashboardOptions
{
    public const string SectionName = "Dashboard";

    /// <summary>The Entra ID app the tab's SSO token is issued for; empty in local use.</summary>
    public string? AppId { get; set; }

    /// <summary>The landlord's Entra ID tenant; tokens from other tenants are refused.</summary>
    public string? TenantId { get; set; }

    /// <summary>The host name in the app's Application ID URI, api://{Host}/{AppId}; default: the request's host.</summary>
    public string? Host { get; set; }

    /// <summary>Where the tenant's signing keys are published; default https://login.microsoftonline.com/{TenantId}/v2.0/.well-known/openid-configuration.</summary>
    public string? OpenIdMetadataUrl { get; set; }

    /// <summary>Only tests, with metadata on a loopback server, turn this off.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>
    /// The Teams JavaScript client file (MicrosoftTeams.min.js from the npm package @microsoft/teams-js), served at
    /// /dashboard/teams-js.js so the tab can ask Teams for the SSO token without a CDN; unset outside Teams.
    /// </summary>
    public string? TeamsJsPath { get; set; }

    public bool IsLocal => string.IsNullOrWhiteSpace(AppId);

    public string MetadataUrl => OpenIdMetadataUrl ?? $"https://login.microsoftonline.com/{TenantId}/v2.0/.well-known/openid-configuration";

    public string Issuer => $"https://login.microsoftonline.com/{TenantId}/v2.0";
}
