namespace ComplaintsBot.Cases.Sla;

public enum ReminderState
{
    /// <summary>Written, waiting for its time (and for working hours).</summary>
    Pending,
    /// <summary>An instance is sending it, until <see cref="Reminder.LeaseUntil"/>.</summary>
    Claimed,
    Sent,
    /// <summary>Every attempt failed.</summary>
    Failed,
    /// <summary>Put off by its recipient; sent again at <see cref="Reminder.NotBefore"/>.</summary>
    Snoozed,
    /// <summary>The deadline was met or moved before the reminder went out.</summary>
    Cancelled,
}
