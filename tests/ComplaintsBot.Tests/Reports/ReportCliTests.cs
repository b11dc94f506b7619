using System.Text.Json.Nodes;
using ComplaintsBot.Tests.Cli;

namespace ComplaintsBot.Tests.Reports;

/// <summary>`report` on the command line: one CSV file per table, or one JSON document, from the seeded store.</summary>
public sealed class ReportCliTests(ReportFixture fixture) : IClassFixture<ReportFixture>, IDisposable
{
    private readonly string _out = Path.Combine(Path.GetTempPath(), "complaintsbot-report-out", Guid.NewGuid().ToString("N"));

    private CliRun Report(params string[] args) =>
        CliRun.Of(["report", "--from", "2026-12-01", "--to", "2026-12-31", "--db", fixture.Cases.DatabasePath, .. args]);

    [Fact]
    public void Csv_writes_one_file_per_table_with_a_header_row_and_the_figures()
    {
        var run = Report("--format", "csv", "--out", _out, "--homes", "2500", "--homes-lcra", "2000", "--homes-lcho", "400");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
        [
            "compensation.csv", "complaints-by-stage.csv", "compliments-and-complaints.csv", "contacts-by-category.csv",
            "contacts-by-channel.csv", "contacts-by-service-area.csv", "contacts-by-theme.csv", "extensions.csv", "outcomes.csv",
            "repeat-themes.csv", "tenant-satisfaction-measures.csv", "timeliness.csv", "tsm-by-tenure.csv",
        ], Directory.GetFiles(_out).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(13, run.OutputLines.Length);
        Assert.Equal(
            "measure,stage,numerator,denominator,value\nCH01,1,8,2500,3.20\nCH01,2,2,2500,0.80\nCH02,1,4,5,80.0\nCH02,2,0,0,\n",
            File.ReadAllText(Path.Combine(_out, "tenant-satisfaction-measures.csv")));
        // The hand-worked figures by tenure (ReportFigureTests), with the homes of each tenure from the command line.
        Assert.Equal(
            "measure,stage,tenure,numerator,denominator,value\n" +
            "CH01,1,LCRA,5,2000,2.50\nCH01,1,LCHO,2,400,5.00\nCH01,1,other,1,,\n" +
            "CH01,2,LCRA,1,2000,0.50\nCH01,2,LCHO,1,400,2.50\nCH01,2,other,0,,\n" +
            "CH02,1,LCRA,2,3,66.7\nCH02,1,LCHO,2,2,100.0\nCH02,1,other,0,0,\n" +
            "CH02,2,LCRA,0,0,\nCH02,2,LCHO,0,0,\nCH02,2,other,0,0,\n",
            File.ReadAllText(Path.Combine(_out, "tsm-by-tenure.csv")));
        // Every file starts with the UTF-8 byte-order mark, so Excel on Windows does not read it as ANSI.
        Assert.All(Directory.GetFiles(_out, "*.csv"), f => Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, File.ReadAllBytes(f)[..3]));
        Assert.Equal(
            "stage,step,made,within_policy,within_policy_percent,within_code,within_code_percent,overdue_at_end\n" +
            "1,acknowledgement,7,5,71.4,6,85.7,1\n1,response,5,4,80.0,4,80.0,1\n2,acknowledgement,2,2,100.0,2,100.0,0\n2,response,0,0,,0,,0\n",
            File.ReadAllText(Path.Combine(_out, "timeliness.csv")));
        Assert.Equal(
            "service_area,count\nRepairs,8\nEstates,2\nHousing Management,2\n",
            File.ReadAllText(Path.Combine(_out, "contacts-by-service-area.csv")));
    }

    [Fact]
    public void Json_on_stdout_holds_the_period_and_every_table_in_camel_case()
    {
        var run = Report("--format", "json", "--homes", "2500");

        Assert.Equal(0, run.ExitCode);
        var json = JsonNode.Parse(run.Output)!;
        Assert.Equal("2026-12-01", (string?)json["from"]);
        Assert.Equal("2026-12-31", (string?)json["to"]);
        Assert.Equal(2500, (int?)json["homes"]);
        Assert.Equal(8, (int?)json["complaintsByStage"]![0]!["received"]);
        Assert.Equal(3.20m, (decimal?)json["tenantSatisfactionMeasures"]![0]!["value"]);
        Assert.Null(json["tenantSatisfactionMeasures"]![3]!["value"]);
        Assert.Equal(175.50m, (decimal?)json["compensation"]![0]!["totalPounds"]);
        Assert.Equal(0.25m, (decimal?)json["complimentsAndComplaints"]!["complimentsPerComplaint"]);
        Assert.Equal(6, json["repeatThemes"]!.AsArray().Count);
    }

    [Fact]
    public void Json_to_a_file_prints_its_path()
    {
        var path = Path.Combine(_out, "december.json");

        var run = Report("--format", "json", "--out", path);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(path, run.Output.Trim());
        Assert.Null(JsonNode.Parse(File.ReadAllText(path))!["homes"]);
    }

    [Theory]
    [InlineData("--format 'xml' is not csv or json", "--format", "xml")]
    [InlineData("report --format csv needs --out", "--format", "csv")]
    [InlineData("--homes 'many' is not a number of homes", "--format", "json", "--homes", "many")]
    public void Bad_report_options_are_named(string message, params string[] args)
    {
        var run = Report(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_store_or_a_reversed_period_is_refused_with_a_message()
    {
        var missing = CliRun.Of("report", "--from", "2026-12-01", "--to", "2026-12-31", "--format", "json", "--db", "/no/such/cases.db");
        var reversed = CliRun.Of("report", "--from", "2026-12-31", "--to", "2026-12-01", "--format", "json", "--db", fixture.Cases.DatabasePath);
        var badDate = CliRun.Of("report", "--from", "1/12/2026", "--to", "2026-12-01", "--format", "json");

        Assert.Contains("No case store at /no/such/cases.db", missing.Error, StringComparison.Ordinal);
        Assert.Contains("--to 2026-12-01 is before --from 2026-12-31", reversed.Error, StringComparison.Ordinal);
        Assert.Contains("--from '1/12/2026' is not a date", badDate.Error, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_out)) Directory.Delete(_out, recursive: true);
    }
}
