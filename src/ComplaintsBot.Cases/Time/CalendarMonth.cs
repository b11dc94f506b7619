namespace ComplaintsBot.Cases.Time;

/// <summary>
/// "One month" as the Information Commissioner reads it for the rights of individuals (UK GDPR Article 12(3)): from the
/// day of receipt (day one, working day or not) to the same date in the next month; where the next month has no such
/// date, its last day; where that day is a weekend or a bank holiday, the next working day.
/// See docs/records.md for the guidance quoted.
/// </summary>
public static class CalendarMonth
{
    /// <summary>The day a response to a request received on <paramref name="receivedOn"/> is due by.</summary>
    /// <param name="calendar">Weekends and bank holidays; the landlord's own closure days are not public holidays, so the default leaves them out.</param>
    public static DateOnly DueAfter(DateOnly receivedOn, WorkingDayCalendar? calendar = null) => DueAfter(receivedOn, 1, calendar);

    /// <summary>
    /// The day an answer is due <paramref name="months"/> calendar months from receipt, by the same rule: an answer
    /// extended by two further months (Article 12(3)) is due three months from the day of receipt, not from the first
    /// due date, so a first month moved past a weekend does not move the extension.
    /// </summary>
    public static DateOnly DueAfter(DateOnly receivedOn, int months, WorkingDayCalendar? calendar = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(months, 1);
        calendar ??= WorkingDayCalendar.EnglandAndWales;
        // DateOnly.AddMonths keeps the day, or takes the month's last day where it is shorter (31 January -> 28 or 29 February).
        var due = receivedOn.AddMonths(months);
        while (!calendar.IsWorkingDay(due)) due = due.AddDays(1);
        return due;
    }
}
