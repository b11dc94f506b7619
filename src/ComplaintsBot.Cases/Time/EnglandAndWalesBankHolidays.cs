using System.Collections.Concurrent;

namespace ComplaintsBot.Cases.Time;

/// <summary>
/// The bank holidays of England and Wales for any year from 1978 (the first year with the early May
/// holiday), from the rules of the Banking and Financial Dealings Act 1971 and the royal proclamations:
/// the eight regular holidays, their substitute days, and the one-off changes in <see cref="OneOffs"/>.
/// </summary>
public static class EnglandAndWalesBankHolidays
{
    /// <summary>The first year the current set of holidays (with early May) applies to.</summary>
    public const int FirstYear = 1978;
    public const int LastYear = 9998;

    private const string NewYearsDay = "New Year’s Day";
    private const string EarlyMay = "Early May bank holiday";
    private const string Spring = "Spring bank holiday";
    private const string Christmas = "Christmas Day";
    private const string Boxing = "Boxing Day";

    /// <summary>
    /// Changes made by royal proclamation for a single year. A "moved" entry replaces the regular
    /// holiday of that name in that year; an "extra" entry adds a day. Source: gov.uk/bank-holidays and
    /// the proclamations published in The Gazette.
    /// </summary>
    private static readonly OneOff[] OneOffs =
    [
        new(new(1981, 7, 29), "Royal wedding", Replaces: null),                      // Prince Charles and Lady Diana Spencer
        new(new(1995, 5, 8), "Early May bank holiday (VE day)", Replaces: EarlyMay),   // 50th anniversary of VE day, instead of Mon 1 May
        new(new(1999, 12, 31), "Millennium celebrations", Replaces: null),
        new(new(2002, 6, 4), Spring, Replaces: Spring),                                // Golden Jubilee: moved from Mon 27 May...
        new(new(2002, 6, 3), "Queen’s Golden Jubilee", Replaces: null),                // ...plus the day before
        new(new(2011, 4, 29), "Royal wedding", Replaces: null),                        // Prince William and Catherine Middleton
        new(new(2012, 6, 4), Spring, Replaces: Spring),                                // Diamond Jubilee: moved from Mon 28 May...
        new(new(2012, 6, 5), "Queen’s Diamond Jubilee", Replaces: null),               // ...plus the day after
        new(new(2020, 5, 8), "Early May bank holiday (VE day)", Replaces: EarlyMay),   // 75th anniversary of VE day, instead of Mon 4 May
        new(new(2022, 6, 2), Spring, Replaces: Spring),                                // Platinum Jubilee: moved from Mon 30 May to Thu 2 June...
        new(new(2022, 6, 3), "Platinum Jubilee bank holiday", Replaces: null),         // ...plus Fri 3 June
        new(new(2022, 9, 19), "Bank Holiday for the State Funeral of Queen Elizabeth II", Replaces: null),
        new(new(2023, 5, 8), "Bank holiday for the coronation of King Charles III", Replaces: null), // early May stayed on Mon 1 May
    ];

    private static readonly ConcurrentDictionary<int, IReadOnlyList<BankHoliday>> ByYear = new();

    /// <summary>The bank holidays of the year in date order, substitute days in place of weekend dates.</summary>
    public static IReadOnlyList<BankHoliday> ForYear(int year)
    {
        if (ByYear.TryGetValue(year, out var known)) return known;
        var holidays = Compute(year).AsReadOnly();
        ByYear.TryAdd(year, holidays);
        return holidays;
    }

    private static List<BankHoliday> Compute(int year)
    {
        if (year is < FirstYear or > LastYear)
            throw new ArgumentOutOfRangeException(nameof(year), year,
                $"England and Wales bank holidays are known from {FirstYear} to {LastYear}; {year} is outside that range.");

        var easter = EasterSunday(year);
        var regular = new List<BankHoliday>(12)
        {
            new(new DateOnly(year, 1, 1), NewYearsDay),
            new(easter.AddDays(-2), "Good Friday"),
            new(easter.AddDays(1), "Easter Monday"),
            new(FirstMonday(year, 5), EarlyMay),
            new(LastMonday(year, 5), Spring),
            new(LastMonday(year, 8), "Summer bank holiday"),
            new(new DateOnly(year, 12, 25), Christmas),
            new(new DateOnly(year, 12, 26), Boxing),
        };
        foreach (var oneOff in OneOffs)
        {
            if (oneOff.Date.Year != year) continue;
            if (oneOff.Replaces is not null) regular.RemoveAll(h => h.Name == oneOff.Replaces);
            regular.Add(new BankHoliday(oneOff.Date, oneOff.Name));
        }
        regular.Sort((a, b) => a.Date.CompareTo(b.Date));
        return WithSubstituteDays(regular);
    }

    /// <summary>Whether the date is a bank holiday (a substitute day counts; the weekend date it replaces does not).</summary>
    public static bool IsBankHoliday(DateOnly date)
    {
        foreach (var holiday in ForYear(date.Year))
            if (holiday.Date == date) return true;
        return false;
    }

    /// <summary>Easter Sunday by the Gregorian computus (the anonymous algorithm, Meeus/Jones/Butcher).</summary>
    public static DateOnly EasterSunday(int year)
    {
        int a = year % 19, b = year / 100, c = year % 100;
        int d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4, k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return new DateOnly(year, month, day);
    }

    // A holiday on a Saturday or Sunday is taken on the next weekday that is not already a holiday:
    // Christmas on a Saturday gives Mon 27 and Boxing Day Tue 28; Christmas on a Sunday gives Tue 27
    // because Boxing Day keeps Mon 26.
    private static List<BankHoliday> WithSubstituteDays(List<BankHoliday> holidays)
    {
        var taken = new HashSet<DateOnly>();
        foreach (var holiday in holidays)
            if (!IsWeekend(holiday.Date)) taken.Add(holiday.Date);

        var result = new List<BankHoliday>(holidays.Count);
        foreach (var holiday in holidays)
        {
            if (!IsWeekend(holiday.Date))
            {
                result.Add(holiday);
                continue;
            }
            var substitute = holiday.Date.AddDays(1);
            while (IsWeekend(substitute) || taken.Contains(substitute)) substitute = substitute.AddDays(1);
            taken.Add(substitute);
            result.Add(new BankHoliday(substitute, $"{holiday.Name} (substitute day)"));
        }
        result.Sort((a, b) => a.Date.CompareTo(b.Date));
        return result;
    }

    private static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    private static DateOnly FirstMonday(int year, int month)
    {
        var first = new DateOnly(year, month, 1);
        return first.AddDays(((int)DayOfWeek.Monday - (int)first.DayOfWeek + 7) % 7);
    }

    private static DateOnly LastMonday(int year, int month)
    {
        var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        return last.AddDays(-(((int)last.DayOfWeek - (int)DayOfWeek.Monday + 7) % 7));
    }

    private sealed record OneOff(DateOnly Date, string Name, string? Replaces);
}
