using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using ComplaintsBot.Tests.Manifest;
using ComplaintsBot.Tests.Reports;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintsBot.Tests.Dashboard;

/// <summary>
/// The dashboard in headless Chromium (tests/e2e/dashboard-check.mjs) against the real host on a loopback port, over
/// the seeded store, July to December 2026, as the local Development user. The screenshot is saved to
/// tests/e2e/screenshots/dashboard.png.
/// </summary>
public sealed class DashboardBrowserTests(ReportFixture fixture) : IClassFixture<ReportFixture>
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(3);

    private async Task<JsonNode> RunBrowserAsync()
    {
        await using var host = DashboardHost.Create(fixture.Cases, "Development");
        host.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        host.StartServer();
        var address = host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        var e2e = Path.Combine(ManifestSchemaCheck.RepoRoot, "tests", "e2e");
        var report = Path.Combine(Path.GetTempPath(), $"complaintsbot-dashboard-{Guid.NewGuid():N}.json");
        var start = new ProcessStartInfo("node") { WorkingDirectory = e2e, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[]
        {
            "dashboard-check.mjs", "--url", $"{address}/dashboard?from=2026-07-01&to=2026-12-31", "--out", report,
            "--screenshot", Path.Combine(e2e, "screenshots", "dashboard.png"),
        }) start.ArgumentList.Add(arg);
        start.Environment.Remove("HTTP_PROXY");
        start.Environment.Remove("HTTPS_PROXY");
        start.Environment.Remove("http_proxy");
        start.Environment.Remove("https_proxy");
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start node");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync(new CancellationTokenSource(Limit).Token);
        if (process.ExitCode != 0 || !File.Exists(report))
            throw new InvalidOperationException($"dashboard-check.mjs failed ({process.ExitCode}): {await stdout}{await stderr}");
        var json = JsonNode.Parse(await File.ReadAllTextAsync(report))!;
        File.Delete(report);
        return json;
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
        Assert.Equal("2026-07-01 to 2026-12-31", (string?)report["period"]);
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

        // The overdue table is the API's list.
        Assert.Equal(
            report["api"]!["overdue"]!.AsArray().Select(r => (string)r!["reference"]!),
            report["overdue"]!.AsArray().Select(r => (string)r![0]!));
        Assert.Equal(3, report["overdue"]!.AsArray().Count);

        Assert.StartsWith("LOCAL DEVELOPMENT USER", (string?)report["banner"], StringComparison.Ordinal);
        Assert.True(new FileInfo((string)report["screenshot"]!).Length > 10_000);
    }
}
