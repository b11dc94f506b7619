using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using ComplaintsBot.Tests.Manifest;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintsBot.Tests.Dashboard;

/// <summary>
/// Runs tests/e2e/dashboard-check.mjs (headless Chromium) against a host on a free loopback port and returns what it
/// reports; screenshots go to tests/e2e/screenshots/&lt;screenshot&gt;.png (and -filtered, -cases, -case beside it).
/// </summary>
internal static class DashboardBrowser
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(3);

    public static async Task<JsonNode> RunAsync(WebApplicationFactory<Program> host, string query, string screenshot, params string[] extra)
    {
        host.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        host.StartServer();
        var address = host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        var e2e = Path.Combine(ManifestSchemaCheck.RepoRoot, "tests", "e2e");
        var report = Path.Combine(Path.GetTempPath(), $"complaintsbot-dashboard-{Guid.NewGuid():N}.json");
        var start = new ProcessStartInfo("node") { WorkingDirectory = e2e, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[]
        {
            "dashboard-check.mjs", "--url", $"{address}/dashboard?{query}", "--out", report,
            "--screenshot", Path.Combine(e2e, "screenshots", screenshot + ".png"),
        }.Concat(extra)) start.ArgumentList.Add(arg);
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
}
