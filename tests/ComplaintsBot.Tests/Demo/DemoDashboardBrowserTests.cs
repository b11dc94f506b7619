using ComplaintsBot.Tests.Dashboard;

namespace ComplaintsBot.Tests.Demo;

/// <summary>
/// A newcomer's first look: `demo seed` on a new database, then the dashboard in headless Chromium over it. Screenshots:
/// tests/e2e/screenshots/demo.png, and demo-filtered, demo-cases and demo-case beside it.
/// </summary>
public sealed class DemoDashboardBrowserTests
{
    [Fact]
    public async Task The_dashboard_on_demo_data_takes_a_filter_and_a_period_and_leads_from_a_number_to_its_cases_and_a_case_to_its_page()
    {
        await using var demo = DemoDatabase.Seed();
        Assert.Equal(0, demo.Seeded.ExitCode);
        await using var host = DashboardHost.Create(demo.Path, DemoDatabase.Now, "Development");

        var report = await DashboardBrowser.RunAsync(host, "", "demo",
            "--apply", "from=2026-03-01", "--apply", "to=2026-08-31", "--apply", "serviceArea=Repairs", "--follow");

        // The default view, a true twelve months (the day after the same date a year back, to today), shows the demo's
        // whole year with something in every chart; its months run from part of December 2025 to part of December 2026.
        Assert.Null((string?)report["problem"]);
        Assert.Empty(report["consoleErrors"]!.AsArray());
        Assert.Equal("8 Dec 2025 to 7 Dec 2026", (string?)report["period"]);
        Assert.Equal(13, report["api"]!["trend"]!.AsArray().Count);
        Assert.Contains(report["bars"]!.AsArray(), b => (string?)b!["chart"] == "chart-received" && (string?)b["series"] == "stage2-received" && (string?)b["value"] != "0");
        Assert.NotEmpty(report["overdue"]!.AsArray());
        Assert.All(report["axes"]!.AsObject(), axis => Assert.Empty(axis.Value!["overlaps"]!.AsArray()));

        // The period and the filter, set in the form, are kept in the address and every figure follows them.
        var filtered = report["filtered"]!;
        Assert.Null((string?)filtered["problem"]);
        Assert.Contains("from=2026-03-01", (string)filtered["location"]!, StringComparison.Ordinal);
        Assert.Contains("to=2026-08-31", (string)filtered["location"]!, StringComparison.Ordinal);
        Assert.Contains("serviceArea=Repairs", (string)filtered["location"]!, StringComparison.Ordinal);
        Assert.Equal("1 Mar 2026 to 31 Aug 2026", (string?)filtered["period"]);
        Assert.Equal(6, filtered["api"]!["trend"]!.AsArray().Count);
        var areas = filtered["api"]!["summary"]!["contactsByServiceArea"]!.AsArray();
        Assert.Equal("Repairs", (string?)Assert.Single(areas)!["key"]);

        // A number leads to exactly the cases it counts, and a case to its page.
        var followed = report["followedBar"]!;
        var cases = report["cases"]!;
        Assert.Null((string?)cases["problem"]);
        Assert.Equal((string)followed["value"]!, (string?)cases["total"]);
        Assert.Equal(int.Parse((string)followed["value"]!, System.Globalization.CultureInfo.InvariantCulture), cases["rows"]!.AsArray().Count);
        var page = report["casePage"]!;
        Assert.Null((string?)page["problem"]);
        Assert.Equal((string?)report["followedCase"], (string?)page["title"]);
        Assert.NotEmpty(page["trail"]!.AsArray());
        foreach (var shot in new[] { "demo.png", "demo-filtered.png", "demo-cases.png", "demo-case.png" })
            Assert.True(new FileInfo(Path.Combine(Path.GetDirectoryName((string)report["screenshot"]!)!, shot)).Length > 10_000, shot);
    }
}
