namespace ComplaintsBot.BotFramework.Authentication;

/// <summary>The bot registration kind, config key <c>MicrosoftAppType</c>. It only changes how the bot gets outbound tokens.</summary>
public enum MicrosoftAppType
{
    /// <summary>The SDK's default when the key is empty: outbound tokens from tenant botframework.com.</summary>
    MultiTenant,

    /// <summary>Outbound tokens from the bot's own tenant, <c>MicrosoftAppTenantId</c>.</summary>
    SingleTenant,

    /// <summary>A user-assigned managed identity; no password.</summary>
    UserAssignedMsi,
}
