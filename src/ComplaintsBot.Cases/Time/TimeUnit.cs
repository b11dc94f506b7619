namespace ComplaintsBot.Cases.Time;

/// <summary>The units a policy states its timescales in.</summary>
public enum TimeUnit
{
    WorkingDays,
    CalendarDays,
    Hours,
    Months,
}
