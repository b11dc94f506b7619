using System.Globalization;
using ComplaintsBot.Cases.Deadlines;
using ComplaintsBot.Cases.Time;

namespace ComplaintsBot.Cards;

/// <summary>Dates as cards show them: London time, en-GB, "Tue 29 Dec 2026".</summary>
public static class CardDates
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    public static string Day(DateOnly date) => date.ToString("ddd d MMM yyyy", EnGb);

    public static string Day(DateTimeOffset instant) => Day(LondonTime.DateOf(instant));

    public static string DayAndTime(DateTimeOffset instant) => LondonTime.ToLondon(instant).ToString("ddd d MMM yyyy HH:mm", EnGb);

    /// <summary>
    /// When a deadline is due, as staff must read it: the day where it runs to the end of that day, else the day and
    /// time (a timescale in hours, as cfp 5 Stage 1's 24 hours, ends at the hour it was started).
    /// </summary>
    public static string Due(CaseDeadline deadline) =>
        EndsAtAnHour(deadline) ? DayAndTime(deadline.Due) : Day(deadline.DueDate);

    /// <summary>Whether the deadline ends at an hour of its day rather than at the end of it (a timescale in hours).</summary>
    public static bool EndsAtAnHour(CaseDeadline deadline) => deadline.Due != LondonTime.EndOfDay(deadline.DueDate);

    /// <summary>The London time of day, "10:00".</summary>
    public static string Time(DateTimeOffset instant) => LondonTime.ToLondon(instant).ToString("HH:mm", EnGb);
}
