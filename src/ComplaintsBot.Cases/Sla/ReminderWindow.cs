namespace ComplaintsBot.Cases.Sla;

/// <summary>The moments a deadline is reminded of, and the daily digest to managers.</summary>
public enum ReminderWindow
{
    /// <summary>The policy's warning window before the due date (default two working days).</summary>
    Before,
    /// <summary>The morning of the due day.</summary>
    DueDay,
    /// <summary>The deadline has passed unmet: to the owner.</summary>
    Missed,
    /// <summary>The deadline has passed unmet: to the owner's line manager.</summary>
    MissedToManager,
    /// <summary>Each working morning, a manager's overdue and due-today cases.</summary>
    Digest,
}
