using System.Globalization;
using ComplaintsBot.Cases.Time;

namespace ComplaintsBot.Cli;

/// <summary>
/// Times on the command line: ISO 8601 London wall-clock time (2026-12-18T10:30, seconds optional), or with
/// an offset or Z (2026-06-18T10:30+01:00). A London time skipped or repeated by a clock change is read as
/// <see cref="LondonTime.AtLondon"/> does.
/// </summary>
internal static class CliTime
{
    private static readonly string[] LocalFormats = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss"];
    private static readonly string[] OffsetFormats = ["yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd'T'HH:mm:ssK"];

    public static DateTimeOffset Parse(string option, string text)
    {
        if (DateTime.TryParseExact(text, LocalFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
            return LondonTime.AtLondon(DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local));
        if (DateTimeOffset.TryParseExact(text, OffsetFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant))
            return instant;
        throw new CliUsageException(
            $"{option} '{text}' is not a time; write London time as 2026-12-18T10:30, or add an offset: 2026-06-18T10:30+01:00.");
    }
}
