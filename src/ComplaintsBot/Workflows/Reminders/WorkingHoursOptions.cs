namespace ComplaintsBot.Workflows.Reminders;

/// <summary>Reminders:WorkingHours — "Start" and "End" as HH:mm, London time.</summary>
public sealed class WorkingHoursOptions
{
    public TimeOnly Start { get; set; } = new(8, 0);
    public TimeOnly End { get; set; } = new(18, 0);
}
