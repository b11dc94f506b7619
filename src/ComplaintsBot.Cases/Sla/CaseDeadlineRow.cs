namespace ComplaintsBot.Cases.Sla;

/// <summary>
/// One unmet deadline of an open case, kept in step with the case by <see cref="CaseDeadlineIndex"/> in the
/// same save as every change, so the SLA monitor finds what is due through an index instead of loading cases.
/// </summary>
public sealed class CaseDeadlineRow
{
    public long Id { get; set; }
    public int CaseId { get; set; }
    /// <summary>The deadline kind's file name, such as "stage1-response".</summary>
    public required string Kind { get; set; }
    public DateTimeOffset Due { get; set; }
    /// <summary>The London date of <see cref="Due"/>.</summary>
    public DateOnly DueDate { get; set; }
    /// <summary>True while the deadline runs from an event that has not happened yet; no reminders are sent for it.</summary>
    public bool Provisional { get; set; }
    /// <summary>When the next reminder window opens; null once every window has been planned.</summary>
    public DateTimeOffset? NextReminderAt { get; set; }
}
