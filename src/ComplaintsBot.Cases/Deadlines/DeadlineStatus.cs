namespace ComplaintsBot.Cases.Deadlines;

/// <summary>Where a deadline stands at a given moment.</summary>
public enum DeadlineStatus
{
    /// <summary>Not yet met, and not yet inside the policy's warning window.</summary>
    OnTrack,
    /// <summary>Not yet met, inside the policy's warning window (Reminders.WarningWindow).</summary>
    DueSoon,
    /// <summary>Not yet met, due before the end of today (London).</summary>
    DueToday,
    /// <summary>Not met, and the due moment has passed. For the escalation window: the window has closed.</summary>
    Overdue,
    /// <summary>The event happened on or before the due moment.</summary>
    Met,
    /// <summary>The event happened after the due moment.</summary>
    MetLate,
}
