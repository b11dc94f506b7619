using NodaTime;

namespace ComplaintsBot.Cases.Time;

/// <summary>
/// Europe/London time from NodaTime's embedded tzdb (never the machine's time-zone files, which differ
/// between Windows, Linux and containers). For the working-day calendar's range the offsets are read
/// once from tzdb into per-day tables, so the deadline hot path is an array lookup and never allocates;
/// outside the range, and on the two days a year the clocks change, NodaTime answers directly.
/// </summary>
public static class LondonTime
{
    public static readonly DateTimeZone Zone = DateTimeZoneProviders.Tzdb["Europe/London"];

    private static readonly LocalTime LastSecond = new(23, 59, 59);
    private static readonly int FirstDayNumber = WorkingDayCalendar.FirstDate.DayNumber;
    private static readonly int DayCount = WorkingDayCalendar.LastDate.DayNumber - FirstDayNumber + 1;
    // 23:59:59 London of each day of the calendar's range, with its offset.
    private static readonly DateTimeOffset[] EndOfDays = BuildEndOfDays();
    // London's offset in ticks through each UTC day of the range; ClockChange on days the offset changes.
    private static readonly long[] OffsetTicksByUtcDay = BuildOffsetsByUtcDay();
    private const long ClockChange = long.MinValue;

    /// <summary>The London calendar date on which the instant falls.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) =>
        DateOnly.FromDayNumber((int)((instant.UtcTicks + OffsetTicksAt(instant)) / TimeSpan.TicksPerDay));

    /// <summary>The same instant with London's offset at that moment (+00:00 in GMT, +01:00 in BST).</summary>
    public static DateTimeOffset ToLondon(DateTimeOffset instant) => instant.ToOffset(TimeSpan.FromTicks(OffsetTicksAt(instant)));

    private static long OffsetTicksAt(DateTimeOffset instant)
    {
        var d = (int)(instant.UtcTicks / TimeSpan.TicksPerDay) - FirstDayNumber;
        return (uint)d < (uint)DayCount && OffsetTicksByUtcDay[d] != ClockChange
            ? OffsetTicksByUtcDay[d]
            : Zone.GetUtcOffset(Instant.FromDateTimeOffset(instant)).Ticks;
    }

    /// <summary>23:59:59 London on the date, with the offset in force then (22:59:59Z in summer).</summary>
    public static DateTimeOffset EndOfDay(DateOnly date)
    {
        var d = date.DayNumber - FirstDayNumber;
        return (uint)d < (uint)EndOfDays.Length ? EndOfDays[d] : AtLondon(date, new TimeOnly(23, 59, 59));
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

    private static DateTimeOffset[] BuildEndOfDays()
    {
        var ends = new DateTimeOffset[DayCount];
        for (var d = 0; d < DayCount; d++)
        {
            var date = DateOnly.FromDayNumber(FirstDayNumber + d);
            ends[d] = new LocalDate(date.Year, date.Month, date.Day).At(LastSecond).InZoneLeniently(Zone).ToDateTimeOffset();
        }
        return ends;
    }

    private static long[] BuildOffsetsByUtcDay()
    {
        var offsets = new long[DayCount];
        for (var d = 0; d < DayCount; d++)
        {
            var start = Instant.FromDateTimeOffset(new DateTimeOffset(DateOnly.FromDayNumber(FirstDayNumber + d), TimeOnly.MinValue, TimeSpan.Zero));
            var interval = Zone.GetZoneInterval(start);
            var wholeDay = !interval.HasEnd || interval.End >= start + Duration.FromDays(1);
            offsets[d] = wholeDay ? interval.WallOffset.Ticks : ClockChange;
        }
        return offsets;
    }
}
