using System.Globalization;
using System.Text.RegularExpressions;

namespace ComplaintsBot.Cases.Time;

/// <summary>
/// An amount of time as a policy states it: "10 working days", "28 days", "24 hours", "6 months".
/// Valid on construction: the amount is positive.
/// </summary>
public readonly partial record struct Timescale
{
    public Timescale(int amount, TimeUnit unit)
    {
        if (amount <= 0) throw new ArgumentOutOfRangeException(nameof(amount), amount, "A timescale must be a positive amount.");
        Amount = amount;
        Unit = unit;
    }

    public int Amount { get; }
    public TimeUnit Unit { get; }

    public static Timescale WorkingDays(int amount) => new(amount, TimeUnit.WorkingDays);
    public static Timescale CalendarDays(int amount) => new(amount, TimeUnit.CalendarDays);
    public static Timescale Hours(int amount) => new(amount, TimeUnit.Hours);
    public static Timescale Months(int amount) => new(amount, TimeUnit.Months);

    /// <summary>Parses the wording used in policy files: "5 working days", "1 working day", "28 days", "24 hours", "6 months".</summary>
    public static bool TryParse(string? text, out Timescale timescale)
    {
        timescale = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var match = Pattern().Match(text.Trim());
        if (!match.Success) return false;
        var amount = int.Parse(match.Groups["amount"].Value, CultureInfo.InvariantCulture);
        if (amount <= 0) return false;
        var unit = match.Groups["unit"].Value.ToLowerInvariant() switch
        {
            "working day" or "working days" or "wd" => TimeUnit.WorkingDays,
            "day" or "days" or "calendar day" or "calendar days" or "d" => TimeUnit.CalendarDays,
            "hour" or "hours" or "h" => TimeUnit.Hours,
            "month" or "months" => TimeUnit.Months,
            _ => (TimeUnit?)null,
        };
        if (unit is null) return false;
        timescale = new Timescale(amount, unit.Value);
        return true;
    }

    public static Timescale Parse(string text) =>
        TryParse(text, out var timescale)
            ? timescale
            : throw new FormatException($"'{text}' is not a timescale; write it like '10 working days', '28 days', '24 hours' or '6 months'.");

    public override string ToString() => Unit switch
    {
        TimeUnit.WorkingDays => Amount == 1 ? "1 working day" : $"{Amount} working days",
        TimeUnit.CalendarDays => Amount == 1 ? "1 day" : $"{Amount} days",
        TimeUnit.Hours => Amount == 1 ? "1 hour" : $"{Amount} hours",
        TimeUnit.Months => Amount == 1 ? "1 month" : $"{Amount} months",
        _ => $"{Amount} {Unit}",
    };

    [GeneratedRegex(@"^(?<amount>\d+)\s*(?<unit>working days?|calendar days?|days?|hours?|months?|wd|d|h)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
