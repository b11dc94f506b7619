using System.Globalization;
using ComplaintsBot.Cases.Time;

namespace ComplaintsBot.Cards;

/// <summary>Dates as cards show them: London time, en-GB, "Tue 29 Dec 2026".</summary>
public static class CardDates
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    public static string Day(DateOnly date) => date.ToString("ddd d MMM yyyy", EnGb);

    public static string Day(DateTimeOffset instant) => Day(LondonTime.DateOf(instant));

    public static string DayAndTime(DateTimeOffset instant) => LondonTime.ToLondon(instant).ToString("ddd d MMM yyyy HH:mm", EnGb);
}
