using System.Text.Json.Nodes;

namespace ComplaintsBot.BotFramework.Schema;

/// <summary>
/// Teams-specific reads of an activity (the SDK's TeamsActivityExtensions). Teams puts the tenant in
/// <c>channelData.tenant.id</c> and, not always, in <c>conversation.tenantId</c>.
/// </summary>
public static class TeamsActivityExtensions
{
    public const string TeamsChannelId = "msteams";

    /// <summary>channelData.tenant, or null when the channel sent none.</summary>
    public static TenantInfo? TeamsGetTenant(this Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return ReadString(activity.ChannelData, "tenant", "id") is { } id ? new TenantInfo(id) : null;
    }

    /// <summary>The tenant id: conversation.tenantId, else channelData.tenant.id.</summary>
    public static string? GetTenantId(this Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return NullIfEmpty(activity.Conversation?.TenantId) ?? activity.TeamsGetTenant()?.Id;
    }

    /// <summary>
    /// Copies channelData.tenant.id into conversation.tenantId when the latter is missing, as the SDK's
    /// TenantIdWorkaroundForTeamsMiddleware did for msteams (here on any channel: channelData.tenant is
    /// Teams-only in practice); the adapter runs it on every inbound activity so the
    /// rest of the bot (and stored conversation references) read the tenant in one place.
    /// </summary>
    public static Activity NormalizeTenantId(this Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Conversation is null || !string.IsNullOrEmpty(activity.Conversation.TenantId)) return activity;
        if (activity.TeamsGetTenant()?.Id is { } tenantId) activity.Conversation.TenantId = tenantId;
        return activity;
    }

    /// <summary>The Entra object id of the sender: the identity card actions are authorised from.</summary>
    public static string? GetFromAadObjectId(this Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return NullIfEmpty(activity.From?.AadObjectId);
    }

    /// <summary>channelData.team.id, set for activities in a team's channel.</summary>
    public static string? TeamsGetTeamId(this Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return ReadString(activity.ChannelData, "team", "id");
    }

    /// <summary>channelData.channel.id, set for activities in a team's channel.</summary>
    public static string? TeamsGetChannelId(this Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return ReadString(activity.ChannelData, "channel", "id");
    }

    private static string? ReadString(JsonNode? node, string objectName, string propertyName)
    {
        if (node is not JsonObject root || root[objectName] is not JsonObject inner) return null;
        return inner[propertyName] is JsonValue value && value.TryGetValue<string>(out var text) ? NullIfEmpty(text) : null;
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
