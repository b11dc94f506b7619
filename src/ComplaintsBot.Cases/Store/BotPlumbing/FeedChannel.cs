namespace ComplaintsBot.Cases.Store;

/// <summary>
/// A Teams channel an administrator chose as the landlord's complaints feed (<c>feed here</c>): where to post, who chose it
/// and when. One feed is current at a time (<see cref="Current"/>); a feed stopped or moved keeps its row, so the cards
/// already posted there still name the channel they belong to.
/// </summary>
public sealed class FeedChannel
{
    /// <summary>The value of <see cref="Current"/> on the one current feed.</summary>
    public const int IsCurrent = 1;

    public int Id { get; set; }
    /// <summary>"msteams", or the channel id of a local client.</summary>
    public required string ChannelId { get; set; }
    /// <summary>The channel's conversation id (19:…@thread.tacv2), without any ";messageid=" of the thread the command was typed in.</summary>
    public required string ConversationId { get; set; }
    public string? ChannelName { get; set; }
    public string? TeamName { get; set; }
    /// <summary>The ConversationReference of the channel, as the bot framework serialises it.</summary>
    public required string ReferenceJson { get; set; }
    /// <summary>
    /// <see cref="IsCurrent"/> on the current feed, null on every other: a unique index on it lets only one feed be
    /// current even when two administrators set two channels at the same moment (unique indexes let NULLs repeat).
    /// </summary>
    public int? Current { get; set; }
    /// <summary>The feed posts complaints logged after it was set: those with a case id above this.</summary>
    public int AfterCaseId { get; set; }
    /// <summary>The Entra ID object id of the administrator who set it.</summary>
    public required string SetBy { get; set; }
    public DateTimeOffset SetAt { get; set; }
    public DateTimeOffset? StoppedAt { get; set; }
}
