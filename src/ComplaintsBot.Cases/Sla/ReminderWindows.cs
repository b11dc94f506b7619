using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Cases.Time;

namespace ComplaintsBot.Cases.Sla;

/// <summary>
/// When each reminder window of a deadline opens, before working hours are applied: the policy's warning
/// window before the due day (from its start), the start of the due day, and the second after the due moment.
/// </summary>
public sealed class ReminderWindows(WorkingDayCalendar calendar)
{
    public WorkingDayCalendar Calendar { get; } = calendar;

    /// <summary>The windows in the order they open; Before is left out when it would not open before the due day.</summary>
    public IReadOnlyList<(ReminderWindow Window, DateTimeOffset Opens)> For(Policy policy, DateTimeOffset due, DateOnly dueDate)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var dueDay = LondonTime.StartOfDay(dueDate);
        var before = BeforeOpens(policy.Reminders.WarningWindow, due, dueDate);
        var missed = due.AddSeconds(1);
        return before < dueDay
            ? [(ReminderWindow.Before, before), (ReminderWindow.DueDay, dueDay), (ReminderWindow.Missed, missed)]
            : [(ReminderWindow.DueDay, dueDay), (ReminderWindow.Missed, missed)];
    }

    /// <summary>The first window that opens after <paramref name="now"/>, or null when all have opened.</summary>
    public DateTimeOffset? NextAfter(Policy policy, DateTimeOffset due, DateOnly dueDate, DateTimeOffset now)
    {
        foreach (var (_, opens) in For(policy, due, dueDate))
            if (opens > now) return opens;
        return null;
    }

    private DateTimeOffset BeforeOpens(Timescale warning, DateTimeOffset due, DateOnly dueDate) => warning.Unit switch
    {
        TimeUnit.WorkingDays => LondonTime.StartOfDay(Calendar.AddWorkingDays(dueDate, -warning.Amount)),
        TimeUnit.CalendarDays => LondonTime.StartOfDay(dueDate.AddDays(-warning.Amount)),
        TimeUnit.Months => LondonTime.StartOfDay(dueDate.AddMonths(-warning.Amount)),
        TimeUnit.Hours => due.AddHours(-warning.Amount),
        _ => throw new ArgumentOutOfRangeException(nameof(warning), warning, "Unknown time unit."),
    };
}
