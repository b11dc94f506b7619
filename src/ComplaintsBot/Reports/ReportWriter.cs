using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using CsvHelper;

namespace ComplaintsBot.Reports;

/// <summary>Writes a report as CSV (one file per table, with CsvHelper) or as one JSON document.</summary>
public static class ReportWriter
{
    public static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    // Customer-typed text (themes, service areas) must not run as a spreadsheet formula.
    private static readonly CsvWriterOptions CsvOptions = new() { Injection = CsvInjection.Escape, NewLine = "\n" };

    /// <summary>Writes each table to its own file in <paramref name="folder"/> (created if missing); returns the paths.</summary>
    public static IReadOnlyList<string> WriteCsv(ComplaintsReport report, string folder)
    {
        Directory.CreateDirectory(folder);
        var paths = new List<string>();
        foreach (var table in ReportTable.Of(report))
        {
            var path = Path.Combine(folder, table.FileName);
            // With a byte-order mark: Excel on Windows reads a CSV without one as ANSI and garbles é and £.
            using (var writer = new StreamWriter(path, false, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
                WriteCsv(table, writer);
            paths.Add(path);
        }
        return paths;
    }

    public static void WriteCsv(ReportTable table, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(table);
        using var csv = CsvWriter.Create(writer, CsvOptions, true);
        csv.WriteHeader([.. table.Columns]);
        foreach (var row in table.Rows) csv.WriteRecord(row.Select(Format).ToArray());
        csv.Flush();
    }

    public static string ToJson(ComplaintsReport report) => JsonSerializer.Serialize(report, JsonOptions);

    private static string Format(object? value) => value switch
    {
        null => "",
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
