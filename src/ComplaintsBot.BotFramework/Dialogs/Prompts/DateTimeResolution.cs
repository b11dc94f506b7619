namespace ComplaintsBot.BotFramework.Dialogs;

/// <summary>
/// One reading of a date or time answer, in the SDK's shape: <see cref="Timex"/> (TIMEX3, e.g. "2026-03-14",
/// "2026-03-14T14:30", "XXXX-03-14" when no year was given) and <see cref="Value"/> ("2026-03-14" or
/// "2026-03-14 14:30:00"). Start and End are for ranges, which are not recognised here.
/// </summary>
public class DateTimeResolution
{
    public string? Value { get; set; }
    public string? Start { get; set; }
    public string? End { get; set; }
    public string? Timex { get; set; }
}
