using ComplaintsBot.Cases.Time;

namespace ComplaintsBot.Cases.Policies.Compliance;

/// <summary>
/// Compares timescales stated in different units, conservatively: the check must never pass a policy that can,
/// in some week, give the landlord longer than the Code allows (or the resident less).
/// <para>
/// Each timescale becomes the earliest and latest moment it can end, in hours after the start of the day on
/// which its event happened: "N working days" ends at the end of a day at least N + 2 × ((N − 1) ÷ 5) days
/// later (a run that starts on a Sunday and meets no bank holiday: 5 working days can be 5 calendar days) and
/// has no useful latest end (bank holidays and closure days push it out); "N days" ends at the end of the Nth
/// day; "N hours" ends N hours after an event at any time of the day; "N months" spans as few and as many
/// days as the months it crosses can hold. Two timescales in the same unit compare by amount, exactly.
/// </para>
/// </summary>
internal static class TimescaleBounds
{
    private const double HoursPerDay = 24;

    /// <summary>True when, starting from the same event, <paramref name="candidate"/> can end after <paramref name="limit"/>.</summary>
    public static bool CanEndLater(Timescale candidate, Timescale limit) =>
        candidate.Unit == limit.Unit ? candidate.Amount > limit.Amount : LatestEnd(candidate) > EarliestEnd(limit);

    /// <summary>True when, counting back over the same period, <paramref name="candidate"/> can cover less than <paramref name="limit"/>.</summary>
    public static bool CanBeShorter(Timescale candidate, Timescale limit) =>
        candidate.Unit == limit.Unit ? candidate.Amount < limit.Amount : EarliestEnd(candidate) < LatestEnd(limit);

    internal static double EarliestEnd(Timescale timescale) => timescale.Unit switch
    {
        TimeUnit.WorkingDays => (FewestCalendarDays(timescale.Amount) + 1) * HoursPerDay,
        TimeUnit.CalendarDays => (timescale.Amount + 1) * HoursPerDay,
        TimeUnit.Hours => timescale.Amount,
        TimeUnit.Months => (MonthSpan(timescale.Amount).Fewest + 1) * HoursPerDay,
        _ => throw new ArgumentOutOfRangeException(nameof(timescale), timescale.Unit, "Unknown time unit."),
    };

    internal static double LatestEnd(Timescale timescale) => timescale.Unit switch
    {
        TimeUnit.WorkingDays => double.PositiveInfinity,
        TimeUnit.CalendarDays => (timescale.Amount + 1) * HoursPerDay,
        TimeUnit.Hours => timescale.Amount + HoursPerDay,
        TimeUnit.Months => (MonthSpan(timescale.Amount).Most + 1) * HoursPerDay,
        _ => throw new ArgumentOutOfRangeException(nameof(timescale), timescale.Unit, "Unknown time unit."),
    };

    /// <summary>The fewest calendar days that N working days can take: Monday to Friday runs after a Sunday.</summary>
    internal static int FewestCalendarDays(int workingDays) => workingDays + 2 * ((workingDays - 1) / 5);

    /// <summary>The fewest and most days N months can span (month ends clamp, as 31 January + 1 month = 28 February).</summary>
    private static (int Fewest, int Most) MonthSpan(int months)
    {
        // 28 years hold every arrangement of leap and common years that the calendar's range meets.
        var fewest = int.MaxValue;
        var most = 0;
        for (var start = new DateOnly(2000, 1, 1); start.Year < 2028; start = start.AddDays(1))
        {
            var days = start.AddMonths(months).DayNumber - start.DayNumber;
            fewest = Math.Min(fewest, days);
            most = Math.Max(most, days);
        }
        return (fewest, most);
    }
}
