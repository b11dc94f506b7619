using System.Text.Json.Nodes;
using ComplaintsBot.Tests.Manifest;
using ComplaintsBot.Tests.Reports;

namespace ComplaintsBot.Tests.Dashboard;

/// <summary>
/// The dashboard in headless Chromium (tests/e2e/dashboard-check.mjs) against the real host on a loopback port, over
/// the seeded store, July to December 2026, as the local Development user. The screenshot is saved to
/// tests/e2e/screenshots/dashboard.png.
/// </summary>
public sealed class DashboardBrowserTests(ReportFixture fixture) : IClassFixture<ReportFixture>
{
    private Task<JsonNode> RunBrowserAsync() => RunBrowserAsync("from=2026-07-01&to=2026-12-31", "dashboard");

    private async Task<JsonNode> RunBrowserAsync(string query, string screenshot, params string[] extra)
    {
        await using var host = DashboardHost.Create(fixture.Cases, "Development");
        return await DashboardBrowser.RunAsync(host, query, screenshot, extra);
    }

    // A figure as the page writes it in data-value: JavaScript's number text (80, not 80.0), "none" for no value.
    private static string Figure(JsonNode? value) =>
        value is null ? "none" : ((double)value).ToString(System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task The_dashboard_loads_in_headless_Chromium_and_draws_its_charts_from_the_api_figures()
    {
        var report = await RunBrowserAsync();

        Assert.Null((string?)report["problem"]);
        Assert.Empty(report["consoleErrors"]!.AsArray());
        Assert.Empty(report["blockedRequests"]!.AsArray());
        Assert.Equal("1 Jul 2026 to 31 Dec 2026", (string?)report["period"]);
        var bars = report["bars"]!.AsArray().Select(b => b!).ToList();
        string Bar(string chart, string series, string label) =>
            (string)bars.Single(b => (string?)b["chart"] == chart && (string?)b["series"] == series && (string?)b["label"] == label)["value"]!;

        // Every month's bars are the API's trend figures.
        var trend = report["api"]!["trend"]!.AsArray();
        Assert.Equal(["2026-07", "2026-08", "2026-09", "2026-10", "2026-11", "2026-12"], trend.Select(p => (string)p!["month"]!));
        foreach (var point in trend)
        {
            var month = (string)point!["month"]!;
            Assert.Equal(Figure(point["stage1Received"]), Bar("chart-received", "stage1-received", month));
            Assert.Equal(Figure(point["stage2Received"]), Bar("chart-received", "stage2-received", month));
            Assert.Equal(Figure(point["stage1WithinCodePercent"]), Bar("chart-ch02", "stage1-within-code", month));
            Assert.Equal(Figure(point["stage2WithinCodePercent"]), Bar("chart-ch02", "stage2-within-code", month));
        }
        // And they are the hand-worked figures: A came in November; December had 8 stage 1 and 2 stage 2 complaints,
        // 4 of its 5 stage 1 responses within the Code.
        Assert.Equal("1", Bar("chart-received", "stage1-received", "2026-11"));
        Assert.Equal("8", Bar("chart-received", "stage1-received", "2026-12"));
        Assert.Equal("2", Bar("chart-received", "stage2-received", "2026-12"));
        Assert.Equal("80", Bar("chart-ch02", "stage1-within-code", "2026-12"));
        Assert.Equal("none", Bar("chart-ch02", "stage1-within-code", "2026-10"));
        Assert.True((double)bars.Single(b => (string?)b["chart"] == "chart-received" && (string?)b["label"] == "2026-12" && (string?)b["series"] == "stage1-received")!["height"]! > 0);

        // The category chart and the tiles are the period's summary.
        var categories = report["api"]!["summary"]!["contactsByCategory"]!.AsArray();
        Assert.Equal(categories.Count, bars.Count(b => (string?)b["chart"] == "chart-categories"));
        foreach (var row in categories) Assert.Equal(Figure(row!["count"]), Bar("chart-categories", "category", (string)row["key"]!));
        Assert.Equal("9", Bar("chart-categories", "category", "complaint"));
        Assert.Equal("3.6", (string?)report["tiles"]!["tile-ch01-1"]);

        // The TSMs by stage and tenure: six rows; from July, stage 1 opened for A (November), D and H in low-cost home
        // ownership, 3 of its 400 homes, and both its stage 1 responses (A, D) were within the Code. Each count leads to its cases.
        var tenure = report["tenure"]!.AsArray();
        Assert.Equal(6, tenure.Count);
        Assert.Equal(["Stage 1", "Low-cost home ownership (LCHO)", "3", "7.5", "2 of 2", "100%"], tenure[1]!["cells"]!.AsArray().Select(c => (string)c!));
        Assert.Contains("by=stage1Received&key=LCHO", (string?)tenure[1]!["href"], StringComparison.Ordinal);

        // The overdue table is the API's list, in plain English and UK dates, each case a link to its page:
        // G was never acknowledged (due Mon 14 Dec), and its response is overdue too.
        Assert.Equal(
            report["api"]!["overdue"]!.AsArray().Select(r => (string)r!["reference"]!),
            report["overdue"]!.AsArray().Select(r => (string)r![0]!));
        Assert.Equal(3, report["overdue"]!.AsArray().Count);
        var g = report["overdue"]!.AsArray().Select(r => r!.AsArray().Select(c => (string)c!).ToList()).Where(r => r[0] == "HOC-2026-00007").ToList();
        Assert.Contains(g, r => r[4] == "Stage 1 acknowledgement" && r[5] == "14 Dec 2026");
        Assert.Contains(g, r => r[4] == "Stage 1 response");
        Assert.DoesNotContain(report["overdue"]!.AsArray(), r => ((string)r![4]!).Contains("stage1-", StringComparison.Ordinal));
        Assert.Contains("/dashboard/case?ref=HOC-2026-00007", report["overdueLinks"]!.AsArray().Select(l => (string)l!));

        // Service area, theme and channel are charted from the summary, each bar a link to its cases.
        foreach (var (chart, table, dimension) in new[] { ("chart-serviceArea", "contactsByServiceArea", "serviceArea"), ("chart-theme", "contactsByTheme", "theme"), ("chart-channel", "contactsByChannel", "channel") })
        {
            var rows = report["api"]!["summary"]![table]!.AsArray();
            Assert.NotEmpty(rows);
            foreach (var row in rows) Assert.Equal(Figure(row!["count"]), Bar(chart, dimension, (string)row["key"]!));
            Assert.All(bars.Where(b => (string?)b["chart"] == chart), b => Assert.Contains($"by={dimension}&", (string?)b["href"], StringComparison.Ordinal));
        }
        // The Code's 100 % line on both timeliness charts.
        Assert.Contains(report["lines"]!.AsArray(), l => (string?)l!["chart"] == "chart-ch02" && (string?)l["line"] == "code" && (string?)l["value"] == "100");
        Assert.Contains(report["lines"]!.AsArray(), l => (string?)l!["chart"] == "chart-timeliness" && (string?)l["line"] == "code");

        Assert.StartsWith("LOCAL DEVELOPMENT USER", (string?)report["banner"], StringComparison.Ordinal);
        Assert.True(new FileInfo((string)report["screenshot"]!).Length > 10_000);
    }

    [Theory]
    [InlineData("2026-10-01", 3)]
    [InlineData("2026-01-01", 12)]
    [InlineData("2025-01-01", 24)]
    public async Task No_two_axis_labels_overlap_at_3_12_and_24_months(string from, int months)
    {
        var report = await RunBrowserAsync($"from={from}&to=2026-12-31", $"dashboard-{months}-months");

        Assert.Null((string?)report["problem"]);
        Assert.Equal(months, report["api"]!["trend"]!.AsArray().Count);
        foreach (var chart in new[] { "chart-received", "chart-ch02", "chart-timeliness" })
        {
            var axis = report["axes"]![chart]!;
            var labels = axis["labels"]!.AsArray();
            Assert.True(axis["overlaps"]!.AsArray().Count == 0, $"{chart}: overlapping labels {axis["overlaps"]!.ToJsonString()}");
            Assert.True(labels.Count >= Math.Min(months, 3), $"{chart}: only {labels.Count} labels");
            Assert.All(labels, l => Assert.True((double)l!["width"]! > 0, $"{chart}: a label has no width"));
        }
        // Month labels are words and the first carries its year (Oct / 2026), not ISO codes run together.
        var first = report["axes"]!["chart-received"]!["labels"]![0]!;
        Assert.Matches("^[A-Z][a-z]{2,3}\\d{4}$", (string)first["text"]!);
        // At 3 months every month is labelled; at 24 some are left out so the rest stay readable.
        if (months == 3) Assert.Equal(3, report["axes"]!["chart-received"]!["labels"]!.AsArray().Count);
        if (months == 24) Assert.InRange(report["axes"]!["chart-received"]!["labels"]!.AsArray().Count, 4, 23);
    }

    [Fact]
    public async Task A_filter_applied_in_the_form_is_kept_in_the_url_and_every_chart_and_table_follows_it_and_a_number_leads_to_its_cases_and_a_case_to_its_page()
    {
        var report = await RunBrowserAsync("from=2026-12-01&to=2026-12-31", "dashboard-december", "--apply", "policy=wch", "--follow");

        var filtered = report["filtered"]!;
        Assert.Null((string?)filtered["problem"]);
        Assert.Contains("policy=wch", (string)filtered["location"]!, StringComparison.Ordinal);
        Assert.Contains("from=2026-12-01", (string)filtered["location"]!, StringComparison.Ordinal);
        Assert.Equal("wch", (string?)filtered["filters"]!["policy"]);
        // The downloads are of this very view.
        Assert.Contains("policy=wch", (string?)filtered["exports"]!["xlsx"], StringComparison.Ordinal);
        Assert.Contains("format=xlsx", (string?)filtered["exports"]!["xlsx"], StringComparison.Ordinal);
        Assert.Contains("policy=wch", (string?)filtered["exports"]!["csv"], StringComparison.Ordinal);
        // Recounted by hand from the seeded cases: under wch in December, H and I opened stage 1, I stage 2;
        // contacts: H, I (complaints), J (compliment), L (grumble).
        var fbars = filtered["bars"]!.AsArray().Select(b => b!).ToList();
        string FBar(string chart, string series, string label) =>
            (string)fbars.Single(b => (string?)b["chart"] == chart && (string?)b["series"] == series && (string?)b["label"] == label)["value"]!;
        Assert.Equal("2", FBar("chart-received", "stage1-received", "2026-12"));
        Assert.Equal("1", FBar("chart-received", "stage2-received", "2026-12"));
        Assert.Equal("2", FBar("chart-categories", "category", "complaint"));
        Assert.Equal("1", FBar("chart-categories", "category", "grumble"));
        Assert.Equal(4, fbars.Where(b => (string?)b["chart"] == "chart-channel").Sum(b => int.Parse((string)b["value"]!, System.Globalization.CultureInfo.InvariantCulture)));
        // Of the overdue cases only L is under wch: its grumble was due an answer by Thu 24 Dec.
        var overdueWch = Assert.Single(filtered["overdue"]!.AsArray())!.AsArray().Select(c => (string)c!).ToList();
        Assert.Equal(["WCH-2026-00004", "Respond to the feedback", "24 Dec 2026"], [overdueWch[0], overdueWch[4], overdueWch[5]]);
        Assert.Equal("0.8", (string?)filtered["tiles"]!["tile-ch01-1"]); // 2 per 2,500 homes

        // The first category bar leads to exactly the cases it counts, and the first of those to its page.
        var followed = report["followedBar"]!;
        var cases = report["cases"]!;
        Assert.Null((string?)cases["problem"]);
        Assert.Contains("policy=wch", (string)cases["location"]!, StringComparison.Ordinal);
        Assert.Equal((string)followed["value"]!, (string?)cases["total"]);
        Assert.Equal(int.Parse((string)followed["value"]!, System.Globalization.CultureInfo.InvariantCulture), cases["rows"]!.AsArray().Count);
        Assert.All(cases["rows"]!.AsArray(), r => Assert.Equal((string)followed["label"]!, (string?)r![2]));
        Assert.All(cases["rows"]!.AsArray(), r => Assert.StartsWith("WCH-", (string?)r![0], StringComparison.Ordinal));

        var page = report["casePage"]!;
        Assert.Null((string?)page["problem"]);
        Assert.Equal((string?)report["followedCase"], (string?)page["title"]);
        Assert.NotEmpty(page["deadlines"]!.AsArray());
        Assert.Contains(page["trail"]!.AsArray(), e => (string?)e![2] == "Case opened");
        foreach (var suffix in new[] { "-filtered", "-cases", "-case" })
            Assert.True(new FileInfo(Path.Combine(ManifestSchemaCheck.RepoRoot, "tests", "e2e", "screenshots", $"dashboard-december{suffix}.png")).Length > 10_000);
    }
}
