using System.Globalization;
using ComplaintsBot.Cases.Time;

namespace ComplaintsBot.Cli;

/// <summary>`holidays &lt;year&gt;`: the England and Wales bank holidays the working-day calendar uses.</summary>
internal sealed class HolidaysCommand : ICliCommand
{
    public string Name => "holidays";
    public string Usage => "holidays <year>";
    public string Summary => "The England and Wales bank holidays of the year, substitute days included.";

    public int Run(IReadOnlyList<string> tokens, CliContext context)
    {
        var arguments = CliArguments.Parse(tokens, Usage, positionals: ["year"]);
        var text = arguments.Positionals[0];
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || year < WorkingDayCalendar.FirstDate.Year || year > WorkingDayCalendar.LastDate.Year)
            throw new CliUsageException(
                $"'{text}' is not a year the calendar covers; give one from {WorkingDayCalendar.FirstDate.Year} to {WorkingDayCalendar.LastDate.Year}.");

        foreach (var holiday in EnglandAndWalesBankHolidays.ForYear(year))
            context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{holiday.Date:yyyy-MM-dd} {holiday.Date.DayOfWeek} {holiday.Name}"));
        return AdminCli.Success;
    }
}
