using ComplaintsBot.Reports;

namespace ComplaintsBot.Tests.Reports;

/// <summary>How a table is written as CSV: a header, invariant numbers, quoting, and no spreadsheet formulas from customer text.</summary>
public sealed class ReportCsvTests
{
    private static string Write(params object?[][] rows)
    {
        using var writer = new StringWriter();
        ReportWriter.WriteCsv(new ReportTable("t", ["text", "number"], rows.Select(r => (IReadOnlyList<object?>)r).ToList()), writer);
        return writer.ToString();
    }

    [Fact]
    public void Text_that_a_spreadsheet_would_run_as_a_formula_is_escaped()
    {
        var csv = Write(["=HYPERLINK(\"http://x\")", 1]);

        Assert.DoesNotContain("\n=HYPERLINK", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("\n\"=HYPERLINK", csv, StringComparison.Ordinal);
    }

    [Fact]
    public void Commas_and_quotes_in_text_are_quoted_and_decimals_use_a_point()
    {
        var csv = Write(["Repairs, \"urgent\"", 12.5m], ["(none)", null]);

        Assert.Equal("text,number\n\"Repairs, \"\"urgent\"\"\",12.5\n(none),\n", csv);
    }
}
