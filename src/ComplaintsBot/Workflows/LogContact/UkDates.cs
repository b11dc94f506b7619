using System.Globalization;
using ComplaintsBot.BotFramework.Dialogs;
using ComplaintsBot.Cards;

namespace ComplaintsBot.Workflows.LogContact;

/// <summary>Dates as UK staff type them (day first: 14/03/2026, 14 March, yesterday), read on London's calendar.</summary>
public static class UkDates
{
    public const string Example = "14/03/2026";

    /// <summary>The date (and time, if one was typed) in the text; relative words count from <paramref name="today"/>.</summary>
    public static bool TryRead(string? text, DateOnly today, out DateOnly date, out TimeOnly? time)
    {
        date = default;
        time = null;
        var readings = DateTimeRecognizer.Recognize(text, today.ToDateTime(TimeOnly.MinValue));
        if (readings.Count == 0 || readings[0].Value is not { } value) return false;
        // The past reading comes first when no year was typed ("14 March").
        var parts = value.Split(' ', 2);
        if (!DateOnly.TryParseExact(parts[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date)) return false;
        if (parts.Length == 2 && TimeOnly.TryParse(parts[1], CultureInfo.InvariantCulture, out var at)) time = at;
        return true;
    }

    public static string Show(DateOnly date) => CardDates.Day(date);
}
