using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Cases.Store;
using ComplaintsBot.Cases.Time;
using ComplaintsBot.Reports;
using ComplaintsBot.Tests.Reports;
using CsvHelper;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintsBot.Tests.Dashboard;

/// <summary>
/// The dashboard's downloads read back with the libraries that wrote them (CsvHelper, the Open XML SDK): the same
/// figures as the JSON report for the same period and filter, text a spreadsheet must not garble or run kept safe.
/// </summary>
public sealed class DashboardExportTests(ReportFixture fixture) : IClassFixture<ReportFixture>
{
    private const string December = "from=2026-12-01&to=2026-12-31";

    private static async Task<(HttpStatusCode Status, byte[] Body, string? ContentType, string? FileName)> DownloadAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        return (response.StatusCode, await response.Content.ReadAsByteArrayAsync(), response.Content.Headers.ContentType?.MediaType,
            response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
    }

    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>A CSV download as header and rows of text, after checking it starts with the UTF-8 byte-order mark.</summary>
    private static List<string[]> ReadCsv(byte[] bytes)
    {
        Assert.Equal(Bom, bytes[..3]);
        using var csv = CsvReader.Create(new MemoryStream(bytes[3..]), CsvReaderOptions.Default, leaveOpen: false);
        csv.ReadHeader();
        var rows = new List<string[]> { csv.Headers.ToArray() };
        while (csv.Read()) rows.Add(Enumerable.Range(0, csv.FieldCount).Select(i => csv.GetString(i) ?? "").ToArray());
        return rows;
    }

    /// <summary>Each sheet of an XLSX download as rows of cell text; fails on any formula cell or validation error.</summary>
    private static Dictionary<string, List<string[]>> ReadXlsx(byte[] bytes)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        Assert.Empty(new OpenXmlValidator().Validate(document));
        var workbook = document.WorkbookPart!;
        var sheets = new Dictionary<string, List<string[]>>();
        foreach (var sheet in workbook.Workbook.Sheets!.Elements<Sheet>())
        {
            var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
            Assert.Empty(part.Worksheet.Descendants<CellFormula>());
            sheets[sheet.Name!] = part.Worksheet.Descendants<Row>()
                .Select(r => r.Elements<Cell>().Select(c => c.InlineString?.InnerText ?? c.CellValue?.Text ?? "").ToArray()).ToList();
        }
        return sheets;
    }

    // The JSON report's tables as rows of text, worked out here field by field, to compare with the files.
    private static Dictionary<string, List<string[]>> FromJson(JsonNode summary, JsonNode overdue)
    {
        static string T(JsonNode? n) => n is null ? "" : n.GetValueKind() == System.Text.Json.JsonValueKind.Number
            ? ((decimal)n).ToString(CultureInfo.InvariantCulture) : (string)n!;
        List<string[]> Rows(string table, params string[] fields) =>
            summary[table]!.AsArray().Select(r => fields.Select(f => T(r![f])).ToArray()).ToList();
        return new()
        {
            ["contacts-by-category"] = Rows("contactsByCategory", "key", "count"),
            ["contacts-by-service-area"] = Rows("contactsByServiceArea", "key", "count"),
            ["contacts-by-theme"] = Rows("contactsByTheme", "key", "count"),
            ["contacts-by-channel"] = Rows("contactsByChannel", "key", "count"),
            ["complaints-by-stage"] = Rows("complaintsByStage", "stage", "received", "responded", "openAtEnd"),
            ["timeliness"] = Rows("timeliness", "stage", "step", "made", "withinPolicy", "withinPolicyPercent", "withinCode", "withinCodePercent", "overdueAtEnd"),
            ["extensions"] = Rows("extensions", "stage", "requested", "approved", "declined", "pendingAtEnd"),
            ["outcomes"] = Rows("outcomes", "stage", "upheld", "partlyUpheld", "notUpheld"),
            ["compensation"] = Rows("compensation", "stage", "responses", "totalPounds"),
            ["tenant-satisfaction-measures"] = Rows("tenantSatisfactionMeasures", "measure", "stage", "numerator", "denominator", "value"),
            ["tsm-by-tenure"] = Rows("tenantSatisfactionMeasuresByTenure", "measure", "stage", "tenure", "numerator", "denominator", "value"),
            ["overdue-cases"] = overdue.AsArray().Select(r => new[] { T(r!["reference"]), T(r["deadlineName"]), T(r["dueDate"]), T(r["workingDaysOverdue"]) }).ToList(),
        };
    }

    // Numbers compared as numbers: the file may write 3.20 where JSON has 3.2.
    private static string Same(string text) =>
        decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var d) ? (d / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture) : text;

    private static void AssertSameRows(List<string[]> expected, List<string[]> actual, string table)
    {
        Assert.True(expected.Count == actual.Count, $"{table}: {expected.Count} rows in JSON, {actual.Count} in the file");
        for (var i = 0; i < expected.Count; i++)
            Assert.True(expected[i].Select(Same).SequenceEqual(actual[i].Select(Same)), $"{table} row {i}: [{string.Join(", ", expected[i])}] vs [{string.Join(", ", actual[i])}]");
    }

    [Theory]
    [InlineData("")]
    [InlineData("&policy=wch")]
    [InlineData("&serviceArea=Repairs&stage=1")]
    public async Task The_xlsx_and_every_csv_hold_the_same_figures_as_the_json_report_for_the_same_filter(string filter)
    {
        await using var host = DashboardHost.Create(fixture.Cases, "Development");
        using var client = host.CreateClient();
        var summary = JsonNode.Parse(await client.GetStringAsync(new Uri($"/dashboard/api/summary?{December}{filter}", UriKind.Relative)))!;
        var overdue = JsonNode.Parse(await client.GetStringAsync(new Uri($"/dashboard/api/overdue?{December}{filter}", UriKind.Relative)))!;
        var expected = FromJson(summary, overdue);

        var (status, xlsx, type, fileName) = await DownloadAsync(client, $"/dashboard/api/export?format=xlsx&{December}{filter}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(ReportSpreadsheet.XlsxContentType, type);
        Assert.StartsWith("complaints-2026-12-01-to-2026-12-31", fileName, StringComparison.Ordinal);
        var sheets = ReadXlsx(xlsx);
        foreach (var (table, rows) in expected)
        {
            var sheet = sheets[table];
            var picked = table == "overdue-cases"
                ? sheet.Skip(1).Select(r => new[] { r[0], r[4], r[6], r[7] }).ToList()
                : sheet.Skip(1).ToList();
            AssertSameRows(rows, picked, "xlsx " + table);

            var (csvStatus, csvBytes, csvType, _) = await DownloadAsync(client, $"/dashboard/api/export?format=csv&table={table}&{December}{filter}");
            Assert.Equal(HttpStatusCode.OK, csvStatus);
            Assert.Equal("text/csv", csvType);
            var csv = ReadCsv(csvBytes);
            Assert.Equal(sheet[0], csv[0]); // the same header
            var csvPicked = table == "overdue-cases" ? csv.Skip(1).Select(r => new[] { r[0], r[4], r[6], r[7] }).ToList() : csv.Skip(1).ToList();
            AssertSameRows(rows, csvPicked, "csv " + table);
        }
    }

    [Fact]
    public async Task Accents_and_pounds_survive_and_a_leading_equals_is_neutralised_in_csv_and_xlsx_and_the_export_is_audited()
    {
        const string area = "Café & grounds £";
        const string theme = "=HYPERLINK(\"http://evil.example\",\"Zoë\")";
        var services = fixture.Cases.Services;
        var staff = await services.GetRequiredService<StaffDirectory>().EnsureAsync(SeededCases.OfficerAadObjectId, "Olive Officer", "olive@landlord.example");
        await services.GetRequiredService<CaseService>().OpenAsync(new CaseIntake
        {
            PolicyId = "hoc-2024", CategoryId = "complaint", Kind = ContactKind.Complaint,
            Customer = Customer.Named("Zoë Ó Súilleabháin", CustomerRelationship.Tenant, "T-900"), Channel = ContactChannel.Email,
            ReceivedAt = LondonTime.AtLondon(new DateOnly(2027, 1, 5), new TimeOnly(10, 0)), Description = "Grounds not cut",
            ServiceArea = area, Theme = theme, RecordedById = staff.Id,
        }, "HOC", SeededCases.OfficerAadObjectId);
        await using var host = DashboardHost.Create(fixture.Cases, "Development");
        using var client = host.CreateClient();
        const string january = "from=2027-01-01&to=2027-01-31";

        var (_, areaCsv, _, _) = await DownloadAsync(client, $"/dashboard/api/export?format=csv&table=contacts-by-service-area&{january}");
        var (_, themeCsv, _, _) = await DownloadAsync(client, $"/dashboard/api/export?format=csv&table=contacts-by-theme&{january}");
        var (_, xlsx, _, _) = await DownloadAsync(client, $"/dashboard/api/export?format=xlsx&{january}&by=theme&key={Uri.EscapeDataString(theme)}");

        Assert.Contains(ReadCsv(areaCsv), r => r[0] == area && r[1] == "1");
        Assert.Contains(ReadCsv(themeCsv), r => r[0] == "'" + theme && r[1] == "1");
        Assert.Contains(area, Encoding.UTF8.GetString(areaCsv), StringComparison.Ordinal);
        var sheets = ReadXlsx(xlsx);
        Assert.Contains(sheets["contacts-by-service-area"], r => r[0] == area && r[1] == "1");
        Assert.Contains(sheets["contacts-by-theme"], r => r[0] == "'" + theme && r[1] == "1");
        var listed = Assert.Single(sheets["cases"].Skip(1));
        Assert.Equal(area, listed[7]);
        Assert.Equal("'" + theme, listed[8]);

        await using var db = await services.GetRequiredService<IDbContextFactory<CasesDbContext>>().CreateDbContextAsync();
        var exports = await db.AuditEntries.AsNoTracking().Where(e => e.Action == "dashboard.exported").ToListAsync();
        Assert.Contains(exports, e => e.Actor == "local-development-user" && e.After!.Contains("xlsx", StringComparison.Ordinal) && e.After.Contains(listed[0], StringComparison.Ordinal));
        Assert.Contains(exports, e => e.After!.Contains("csv contacts-by-theme", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("format=pdf")]
    [InlineData("format=csv&table=no-such-table")]
    [InlineData("format=xlsx&by=nothing")]
    public async Task An_export_not_understood_is_a_400_that_says_what_is_expected(string query)
    {
        await using var host = DashboardHost.Create(fixture.Cases, "Development");
        using var client = host.CreateClient();

        using var response = await client.GetAsync(new Uri($"/dashboard/api/export?{December}&{query}", UriKind.Relative));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(" must be ", (string?)body["error"], StringComparison.Ordinal);
    }
}
