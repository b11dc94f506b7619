namespace ComplaintsBot.Cases.Store;

/// <summary>
/// One message of the complaints feed: a complaint's card (<see cref="CardKey"/>) or a breach reply in its thread
/// (<see cref="BreachKey"/>). Written under a unique key (feed + case + key) before it is sent, then claimed by one
/// sender at a time with a lease, so a complaint is posted once across restarts and instances; <see cref="ActivityId"/>
/// is set once Teams has the message, and the card's updates in place are keyed to it.
/// </summary>
public sealed class ChannelFeedMessage
{
    /// <summary>The key of a complaint's card, the root of its thread.</summary>
    public const string CardKey = "card";

    public long Id { get; set; }
    public int FeedId { get; set; }
    public int CaseId { get; set; }
    /// <summary><see cref="CardKey"/>, or <see cref="BreachKey"/> for a breach reply; unique with the feed and the case.</summary>
    public required string Key { get; set; }
    /// <summary>A breach reply: the deadline that passed (its file name, as in CaseDeadlines) and its due moment then.</summary>
    public string? DeadlineKind { get; set; }
    public DateTimeOffset? Due { get; set; }
    /// <summary>The message's id in the channel (the ResourceResponse id); null until Teams accepted it.</summary>
    public string? ActivityId { get; set; }
    /// <summary>Not tried before this moment (a failed send waits, longer each time).</summary>
    public DateTimeOffset NotBefore { get; set; }
    public int Attempts { get; set; }
    /// <summary>The sender holding the message now, until <see cref="LeaseUntil"/>; another may take it over after that.</summary>
    public string? ClaimedBy { get; set; }
    public DateTimeOffset? LeaseUntil { get; set; }
    /// <summary>The card: the case version it shows (null until posted).</summary>
    public int? ShownVersion { get; set; }
    /// <summary>The card: when it must be shown again although the case did not change (the next deadline to pass).</summary>
    public DateTimeOffset? RecheckAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? PostedAt { get; set; }
    public DateTimeOffset? UpdatedAt { get; set; }
    public string? LastError { get; set; }

    /// <summary>The key of the reply saying a deadline passed unmet: one per deadline and due moment, so a moved deadline missed again is told again.</summary>
    public static string BreachKey(string deadlineKind, DateTimeOffset due) =>
        $"breach|{deadlineKind}|{due.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture)}";
}
