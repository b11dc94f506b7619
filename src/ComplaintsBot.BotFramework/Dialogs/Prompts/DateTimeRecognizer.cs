using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ComplaintsBot.BotFramework.Dialogs;

/// <summary>
/// Reads a date (and optional time) the way UK staff type it, relative to a reference date on the user's own
/// clock. A simplified stand-in for the SDK's Recognizers-Text, giving the same <see cref="DateTimeResolution"/>
/// shapes. Understood: ISO "2026-03-14" (optionally "T14:30" or " 14:30"); "today", "yesterday", "tomorrow";
/// day-first "14/03/2026", "4/3/26" (always day first, whatever the locale says: Teams often reports en-US
/// for UK users); "14 March 2026", "14th Mar", "March 14, 2026", "Monday 23 November" (refused when the
/// weekday does not match the date); weekday names ("monday" is the latest Monday
/// on or before the reference date), "last monday" (Monday of the previous Monday-to-Sunday week, as the SDK
/// reads it), "next monday". A time may follow: "14:30", "at 3pm", "3:15 pm".
/// Without a year (or for a bare weekday) there are two readings, the past one first, as in the SDK.
/// </summary>
public static partial class DateTimeRecognizer
{
    private static readonly string[] MonthNames = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
    private static readonly string[] WeekdayNames = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

    public static IList<DateTimeResolution> Recognize(string? text, DateTime referenceDate)
    {
        var input = Normalize(text);
        if (input.Length == 0) return [];

        var split = DateAndTime().Match(input);
        var datePart = split.Success && split.Groups["time"].Success ? split.Groups["date"].Value.Trim() : input;
        TimeOfDay? time = null;
        if (split.Success && split.Groups["time"].Success)
        {
            time = ParseTime(split.Groups["time"].Value);
            if (time is null) return [];
        }

        var reference = DateOnly.FromDateTime(referenceDate);
        var readings = ParseDate(datePart, reference);
        if (readings is null) return [];
        return readings.Dates.Distinct().Select(d => Resolve(readings.Timex, d, time)).ToList();
    }

    private static DateReadings? ParseDate(string text, DateOnly reference)
    {
        if (text.StartsWith("on ", StringComparison.Ordinal)) text = text[3..].Trim();

        switch (text)
        {
            case "today": return DateReadings.Exact(reference);
            case "yesterday": return DateReadings.Exact(reference.AddDays(-1));
            case "tomorrow": return DateReadings.Exact(reference.AddDays(1));
        }

        var match = IsoDate().Match(text);
        if (match.Success) return Exact(Int(match, "y"), Int(match, "m"), Int(match, "d"));

        match = DayFirstDate().Match(text);
        if (match.Success) return Exact(FullYear(match.Groups["y"].Value), Int(match, "m"), Int(match, "d"));

        match = DayMonthName().Match(text);
        if (!match.Success) match = MonthNameDay().Match(text);
        if (match.Success)
        {
            var month = MonthNumber(match.Groups["month"].Value);
            if (month is null) return null;
            var day = Int(match, "d");
            return match.Groups["y"].Success ? Exact(Int(match, "y"), month.Value, day) : WithoutYear(month.Value, day, reference);
        }

        // "Monday 23 November": the weekday must agree with the date, else the answer is ambiguous.
        match = WeekdayThenDate().Match(text);
        if (match.Success && WeekdayNumber(match.Groups["weekday"].Value) is { } named)
        {
            var dated = ParseDate(match.Groups["date"].Value, reference);
            var agreeing = dated?.Dates.Where(d => IsoDayNumber(d) == named).ToList();
            return agreeing is { Count: > 0 } ? dated! with { Dates = agreeing } : null;
        }

        match = Weekday().Match(text);
        if (match.Success)
        {
            var weekday = WeekdayNumber(match.Groups["weekday"].Value);
            if (weekday is null) return null;
            var offset = weekday.Value - IsoDayNumber(reference);
            return match.Groups["relative"].Value switch
            {
                // Recognizers-Text: the weekday in the previous / next Monday-to-Sunday week.
                "last" => DateReadings.Exact(reference.AddDays(offset - 7)),
                "next" => DateReadings.Exact(reference.AddDays(offset + 7)),
                _ => new DateReadings(
                    $"XXXX-WXX-{weekday.Value}",
                    [reference.AddDays(offset <= 0 ? offset : offset - 7), reference.AddDays(offset >= 0 ? offset : offset + 7)]),
            };
        }

        return null;
    }

    private static DateReadings? Exact(int year, int month, int day) =>
        IsValid(year, month, day) ? DateReadings.Exact(new DateOnly(year, month, day)) : null;

    // "14 March": the latest 14 March on or before the reference date, then the first on or after it.
    private static DateReadings? WithoutYear(int month, int day, DateOnly reference)
    {
        if (!IsValid(2000, month, day)) return null;
        DateOnly? past = null, future = null;
        for (var year = reference.Year; past is null && year > reference.Year - 8; year--)
            if (IsValid(year, month, day) && new DateOnly(year, month, day) <= reference) past = new DateOnly(year, month, day);
        for (var year = reference.Year; future is null && year < reference.Year + 8; year++)
            if (IsValid(year, month, day) && new DateOnly(year, month, day) >= reference) future = new DateOnly(year, month, day);
        return new DateReadings($"XXXX-{month:00}-{day:00}", [past!.Value, future!.Value]);
    }

    private static DateTimeResolution Resolve(string? timex, DateOnly date, TimeOfDay? time)
    {
        var dateTimex = timex ?? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var value = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return time is null
            ? new DateTimeResolution { Timex = dateTimex, Value = value }
            : new DateTimeResolution { Timex = dateTimex + time.Timex, Value = $"{value} {time.Value}" };
    }

    private static TimeOfDay? ParseTime(string text)
    {
        var match = Time().Match(text);
        if (!match.Success) return null;
        var hour = Int(match, "h");
        var hasMinutes = match.Groups["min"].Success;
        var minute = hasMinutes ? Int(match, "min") : 0;
        var hasSeconds = match.Groups["s"].Success;
        var second = hasSeconds ? Int(match, "s") : 0;
        var meridiem = match.Groups["ampm"].Value;
        if (meridiem.Length > 0)
        {
            if (hour is < 1 or > 12) return null;
            hour = hour % 12 + (meridiem == "pm" ? 12 : 0);
        }
        else if (!hasMinutes)
        {
            return null;
        }
        if (hour > 23 || minute > 59 || second > 59) return null;

        var timex = hasSeconds ? $"T{hour:00}:{minute:00}:{second:00}" : hasMinutes ? $"T{hour:00}:{minute:00}" : $"T{hour:00}";
        return new TimeOfDay(timex, $"{hour:00}:{minute:00}:{second:00}");
    }

    /// <summary>Longest text read as a date: anything longer is not one, and is not worth matching.</summary>
    public const int MaxLength = 100;

    // Digits of any script (full-width １４, Arabic-Indic ١٤, Devanagari १४) are read as the ASCII digits
    // they stand for: the patterns' \d matches them, and int.Parse would otherwise throw on them.
    private static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text) || text.Length > MaxLength) return string.Empty;
        var digits = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var value = CharUnicodeInfo.GetDecimalDigitValue(c);
            digits.Append(value >= 0 && char.IsDigit(c) ? (char)('0' + value) : c);
        }
        var lower = digits.ToString().Trim().TrimEnd('.', '!', '?').Trim().ToLowerInvariant();
        return Spaces().Replace(lower, " ");
    }

    private static int FullYear(string year) =>
        year.Length == 2 ? 2000 + int.Parse(year, CultureInfo.InvariantCulture) : int.Parse(year, CultureInfo.InvariantCulture);

    private static int? MonthNumber(string name)
    {
        if (name == "sept") return 9;
        var index = Array.FindIndex(MonthNames, m => m == name || (name.Length >= 3 && m.StartsWith(name, StringComparison.Ordinal) && name.Length == 3));
        return index < 0 ? null : index + 1;
    }

    private static int? WeekdayNumber(string name)
    {
        var index = Array.FindIndex(WeekdayNames, d => d == name || (name.Length >= 3 && d.StartsWith(name, StringComparison.Ordinal)));
        return index < 0 ? null : index + 1;
    }

    private static int IsoDayNumber(DateOnly date) => date.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)date.DayOfWeek;

    private static bool IsValid(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    private static int Int(Match match, string group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    private sealed record DateReadings(string? Timex, IReadOnlyList<DateOnly> Dates)
    {
        public static DateReadings Exact(DateOnly date) => new(null, [date]);
    }

    private sealed record TimeOfDay(string Timex, string Value);

    [GeneratedRegex(@"^(?<date>.+?)(?:\s*,\s*|\s+at\s+|\s+|t)(?<time>\d{1,2}:\d{2}(?::\d{2})?|\d{1,2}(?::\d{2})?\s*(?:am|pm))$")]
    private static partial Regex DateAndTime();

    [GeneratedRegex(@"^(?<h>\d{1,2})(?::(?<min>\d{2})(?::(?<s>\d{2}))?)?\s*(?<ampm>am|pm)?$")]
    private static partial Regex Time();

    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})$")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"^(?<d>\d{1,2})[/.\-](?<m>\d{1,2})[/.\-](?<y>\d{4}|\d{2})$")]
    private static partial Regex DayFirstDate();

    [GeneratedRegex(@"^(?<d>\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?\s+(?<month>[a-z]+)(?:,?\s+(?<y>\d{4}))?$")]
    private static partial Regex DayMonthName();

    [GeneratedRegex(@"^(?<month>[a-z]+)\s+(?<d>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?<y>\d{4}))?$")]
    private static partial Regex MonthNameDay();

    [GeneratedRegex(@"^(?<weekday>[a-z]+),?\s+(?<date>\d.*)$")]
    private static partial Regex WeekdayThenDate();

    [GeneratedRegex(@"^(?:(?<relative>last|next|this)\s+)?(?<weekday>[a-z]+)$")]
    private static partial Regex Weekday();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
