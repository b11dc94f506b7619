using NodaTime;

namespace ComplaintsBot.Cases.Time;

/// <summary>
/// Europe/London time from NodaTime's embedded tzdb (never the machine's time-zone files, which differ
/// between Windows, Linux and containers). Ends of days are precomputed for the working-day calendar's
/// range so the deadline hot path does not allocate.
/// </summary>
public static class LondonTime
{
    public static readonly DateTimeZone Zone = DateTimeZoneProviders.Tzdb["Europe/London"];

    private static readonly LocalTime LastSecond = new(23, 59, 59);
    private static readonly int FirstDayNumber = WorkingDayCalendar.FirstDate.DayNumber;
    // UTC offset in seconds at 23:59:59 London of each day of the calendar's range.
    private static readonly int[] EndOfDayOffsetSeconds = BuildEndOfDayOffsets();

    /// <summary>The London calendar date on which the instant falls.</summary>
    public static DateOnly DateOf(DateTimeOffset instant)
    {
        var offset = Zone.GetUtcOffset(Instant.FromDateTimeOffset(instant));
        var localTicks = instant.UtcTicks + offset.Ticks;
        return DateOnly.FromDayNumber((int)(localTicks / TimeSpan.TicksPerDay));
    }

    /// <summary>The same instant with London's offset at that moment (+00:00 in GMT, +01:00 in BST).</summary>
    public static DateTimeOffset ToLondon(DateTimeOffset instant)
    {
        var offset = Zone.GetUtcOffset(Instant.FromDateTimeOffset(instant));
        return instant.ToOffset(offset.ToTimeSpan());
    }

    /// <summary>23:59:59 London on the date, with the offset in force then (22:59:59Z in summer).</summary>
    public static DateTimeOffset EndOfDay(DateOnly date)
    {
        var d = date.DayNumber - FirstDayNumber;
        if ((uint)d < (uint)EndOfDayOffsetSeconds.Length)
        {
            var offset = TimeSpan.FromSeconds(EndOfDayOffsetSeconds[d]);
            return new DateTimeOffset(date.ToDateTime(new TimeOnly(23, 59, 59)), offset);
        }
        return AtLondon(date, new TimeOnly(23, 59, 59));
    }

    /// <summary>00:00 London on the date.</summary>
    public static DateTimeOffset StartOfDay(DateOnly date) => AtLondon(date, TimeOnly.MinValue);

    /// <summary>
    /// A London wall-clock time as an instant. A time skipped when clocks go forward moves forward by the
    /// length of the gap (01:30 becomes 02:30 BST); a time repeated when they go back is the earlier (BST) one.
    /// </summary>
    public static DateTimeOffset AtLondon(DateOnly date, TimeOnly time)
    {
        var local = new LocalDateTime(date.Year, date.Month, date.Day, time.Hour, time.Minute, time.Second).PlusTicks(time.Ticks % TimeSpan.TicksPerSecond);
        return local.InZoneLeniently(Zone).ToDateTimeOffset();
    }

    private static int[] BuildEndOfDayOffsets()
    {
        var count = WorkingDayCalendar.LastDate.DayNumber - FirstDayNumber + 1;
        var offsets = new int[count];
        for (var d = 0; d < count; d++)
        {
            var date = DateOnly.FromDayNumber(FirstDayNumber + d);
            var local = new LocalDate(date.Year, date.Month, date.Day).At(LastSecond);
            offsets[d] = local.InZoneLeniently(Zone).Offset.Seconds;
        }
        return offsets;
    }
}
