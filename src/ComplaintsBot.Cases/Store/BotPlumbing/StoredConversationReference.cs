namespace ComplaintsBot.Cases.Store;

/// <summary>
/// Where to reach a Teams user proactively: saved from authenticated activities, refreshed every turn,
/// and marked <see cref="Blocked"/> when the user blocks or uninstalls the app.
/// </summary>
public sealed class StoredConversationReference
{
    public int Id { get; set; }
    /// <summary>"msteams", or the channel id of a local client.</summary>
    public required string ChannelId { get; set; }
    /// <summary>The user's Entra ID object id (from.aadObjectId); null where the channel has none.</summary>
    public string? UserAadObjectId { get; set; }
    /// <summary>The user's id on the channel (from.id).</summary>
    public required string ChannelUserId { get; set; }
    public required string ConversationId { get; set; }
    public required string ServiceUrl { get; set; }
    public string? TenantId { get; set; }
    /// <summary>The ConversationReference itself, as the bot framework serialises it.</summary>
    public required string ReferenceJson { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public bool Blocked { get; set; }
}
