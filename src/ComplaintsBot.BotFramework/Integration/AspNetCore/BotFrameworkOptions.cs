namespace ComplaintsBot.BotFramework.Integration.AspNetCore;

/// <summary>
/// The bot's registration, read from the configuration root with the SDK's key names (so environment
/// variables MicrosoftAppId etc. work as they do for SDK bots). No MicrosoftAppId means local mode.
/// </summary>
public class BotFrameworkOptions
{
    public const string MultiTenant = "MultiTenant";
    public const string SingleTenant = "SingleTenant";
    public const string UserAssignedMsi = "UserAssignedMSI";

    /// <summary>MultiTenant (the SDK default when empty), SingleTenant or UserAssignedMSI.</summary>
    public string? MicrosoftAppType { get; set; }
    public string? MicrosoftAppId { get; set; }
    public string? MicrosoftAppPassword { get; set; }
    public string? MicrosoftAppTenantId { get; set; }

    /// <summary>No app id: requests without a token are accepted and outbound calls carry none.</summary>
    public bool IsLocalMode => string.IsNullOrWhiteSpace(MicrosoftAppId);

    /// <summary>What is missing or contradictory for the configured app type; empty when usable.</summary>
    public IReadOnlyList<string> Validate()
    {
        if (IsLocalMode) return [];
        var type = string.IsNullOrWhiteSpace(MicrosoftAppType) ? MultiTenant : MicrosoftAppType;
        var problems = new List<string>();
        if (type.Equals(MultiTenant, StringComparison.OrdinalIgnoreCase))
        {
            if (string.IsNullOrWhiteSpace(MicrosoftAppPassword)) problems.Add("MicrosoftAppType MultiTenant needs MicrosoftAppPassword.");
        }
        else if (type.Equals(SingleTenant, StringComparison.OrdinalIgnoreCase))
        {
            if (string.IsNullOrWhiteSpace(MicrosoftAppPassword)) problems.Add("MicrosoftAppType SingleTenant needs MicrosoftAppPassword.");
            if (string.IsNullOrWhiteSpace(MicrosoftAppTenantId)) problems.Add("MicrosoftAppType SingleTenant needs MicrosoftAppTenantId.");
        }
        else if (type.Equals(UserAssignedMsi, StringComparison.OrdinalIgnoreCase))
        {
            if (!string.IsNullOrWhiteSpace(MicrosoftAppPassword)) problems.Add("MicrosoftAppType UserAssignedMSI must not have a MicrosoftAppPassword.");
            if (string.IsNullOrWhiteSpace(MicrosoftAppTenantId)) problems.Add("MicrosoftAppType UserAssignedMSI needs MicrosoftAppTenantId.");
        }
        else
        {
            problems.Add($"MicrosoftAppType '{MicrosoftAppType}' is not one of {MultiTenant}, {SingleTenant}, {UserAssignedMsi}.");
        }
        return problems;
    }
}
