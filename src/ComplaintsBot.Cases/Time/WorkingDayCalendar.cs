namespace ComplaintsBot.Cases.Time;

/// <summary>
/// Working days for England and Wales: Monday to Friday, not a bank holiday, not one of the landlord's
/// closure days. Every answer is an array lookup: at construction the calendar numbers the working days
/// of <see cref="FirstDate"/>..<see cref="LastDate"/> once, so counting never walks day by day.
/// </summary>
public sealed class WorkingDayCalendar
{
    public static readonly DateOnly FirstDate = new(1990, 1, 1);
    public static readonly DateOnly LastDate = new(2100, 12, 31);

    private static readonly Lazy<WorkingDayCalendar> Default = new(() => new WorkingDayCalendar([]));

    private readonly int _firstDayNumber;
    // _workingDaysUpTo[d] = how many working days fall in FirstDate..(FirstDate + d), inclusive.
    private readonly int[] _workingDaysUpTo;
    // _workingDay[k] = day offset (from FirstDate) of the k-th working day, k from 1; [0] is unused.
    private readonly int[] _workingDay;

    /// <summary>The calendar with bank holidays only, no closure days.</summary>
    public static WorkingDayCalendar EnglandAndWales => Default.Value;

    /// <param name="closureDays">Days the landlord's offices are closed (for example between Christmas and New Year).</param>
    public WorkingDayCalendar(IEnumerable<DateOnly> closureDays)
    {
        ArgumentNullException.ThrowIfNull(closureDays);
        _firstDayNumber = FirstDate.DayNumber;
        var dayCount = LastDate.DayNumber - _firstDayNumber + 1;

        var closed = new bool[dayCount];
        for (var year = FirstDate.Year; year <= LastDate.Year; year++)
            foreach (var holiday in EnglandAndWalesBankHolidays.ForYear(year))
                closed[holiday.Date.DayNumber - _firstDayNumber] = true;
        var closures = new List<DateOnly>();
        foreach (var day in closureDays)
        {
            if (day < FirstDate || day > LastDate)
                throw new ArgumentOutOfRangeException(nameof(closureDays), day,
                    $"Closure day {day:yyyy-MM-dd} is outside the calendar's range {FirstDate:yyyy-MM-dd}..{LastDate:yyyy-MM-dd}.");
            closed[day.DayNumber - _firstDayNumber] = true;
            closures.Add(day);
        }
        closures.Sort();
        ClosureDays = closures;

        _workingDaysUpTo = new int[dayCount];
        var working = new List<int>(dayCount * 5 / 7 + 1) { -1 };
        var count = 0;
        for (var d = 0; d < dayCount; d++)
        {
            var dayOfWeek = (DayOfWeek)((d + (int)FirstDate.DayOfWeek) % 7);
            if (dayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !closed[d])
            {
                count++;
                working.Add(d);
            }
            _workingDaysUpTo[d] = count;
        }
        _workingDay = working.ToArray();
    }

    public IReadOnlyList<DateOnly> ClosureDays { get; }

    public bool IsWorkingDay(DateOnly date) => IsWorkingDayAt(Offset(date));

    /// <summary>
    /// The Nth working day after <paramref name="date"/>; the date itself never counts, working day or not.
    /// A negative <paramref name="workingDays"/> counts back: -1 is the last working day before the date.
    /// Zero returns the date itself.
    /// </summary>
    public DateOnly AddWorkingDays(DateOnly date, int workingDays)
    {
        if (workingDays == 0) return date;
        var d = Offset(date);
        // Index of the last working day on or before the date; counting forward starts after it.
        var index = workingDays > 0
            ? _workingDaysUpTo[d] + workingDays
            : _workingDaysUpTo[d] - (IsWorkingDayAt(d) ? 1 : 0) + workingDays + 1;
        if (index < 1 || index >= _workingDay.Length)
            throw new ArgumentOutOfRangeException(nameof(workingDays), workingDays,
                $"{workingDays} working days from {date:yyyy-MM-dd} falls outside the calendar's range {FirstDate:yyyy-MM-dd}..{LastDate:yyyy-MM-dd}.");
        return DateOnly.FromDayNumber(_firstDayNumber + _workingDay[index]);
    }

    /// <summary>
    /// How many working days come after <paramref name="from"/> up to and including <paramref name="to"/>;
    /// negative when <paramref name="to"/> is earlier. AddWorkingDays(from, n) = to gives n.
    /// </summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to) => _workingDaysUpTo[Offset(to)] - _workingDaysUpTo[Offset(from)];

    /// <summary>The first working day after the date.</summary>
    public DateOnly NextWorkingDay(DateOnly date) => AddWorkingDays(date, 1);

    /// <summary>The date itself when it is a working day, otherwise the next working day.</summary>
    public DateOnly OnOrAfter(DateOnly date) => IsWorkingDay(date) ? date : NextWorkingDay(date);

    private bool IsWorkingDayAt(int d) => d == 0 ? _workingDaysUpTo[0] == 1 : _workingDaysUpTo[d] != _workingDaysUpTo[d - 1];

    private int Offset(DateOnly date)
    {
        var d = date.DayNumber - _firstDayNumber;
        if ((uint)d >= (uint)_workingDaysUpTo.Length)
            throw new ArgumentOutOfRangeException(nameof(date), date,
                $"{date:yyyy-MM-dd} is outside the working-day calendar's range {FirstDate:yyyy-MM-dd}..{LastDate:yyyy-MM-dd}.");
        return d;
    }
}
