namespace ComplaintsBot.Cases.Sla;

/// <summary>
/// One reminder, written with its unique <see cref="Key"/> before it is sent, so that it goes out once:
/// a second writer of the same key is refused, and only the instance holding the claim sends it.
/// </summary>
public sealed class Reminder
{
    public long Id { get; set; }
    /// <summary>Case id + deadline kind + window + due date (digests: manager + date); unique.</summary>
    public required string Key { get; set; }
    public int? CaseId { get; set; }
    public string? DeadlineKind { get; set; }
    public ReminderWindow Window { get; set; }
    public DateOnly? DueDate { get; set; }
    public DateTimeOffset? Due { get; set; }
    /// <summary>Digests: the manager. Otherwise set when sent: who it went to (owner, or their manager instead).</summary>
    public int? RecipientStaffId { get; set; }
    public ReminderState State { get; set; }
    /// <summary>Not sent before this moment (working hours, backoff, snooze).</summary>
    public DateTimeOffset NotBefore { get; set; }
    public int Attempts { get; set; }
    public string? ClaimedBy { get; set; }
    public DateTimeOffset? LeaseUntil { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    /// <summary>The Teams message id of the card, which a Snooze click names as replyToId.</summary>
    public string? MessageId { get; set; }
    public string? LastError { get; set; }

    public static string KeyFor(int caseId, string kind, ReminderWindow window, DateOnly dueDate) =>
        $"{caseId}|{kind}|{window}|{dueDate:yyyy-MM-dd}";

    public static string DigestKeyFor(int managerId, DateOnly date) => $"digest|{managerId}|{date:yyyy-MM-dd}";
}
