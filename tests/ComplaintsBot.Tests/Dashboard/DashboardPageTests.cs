using System.Net;
using ComplaintsBot.Tests.Reports;

namespace ComplaintsBot.Tests.Dashboard;

/// <summary>The page and its own assets come from the host itself (no CDN); the Teams client from npm at build time, or Dashboard:TeamsJsPath.</summary>
public sealed class DashboardPageTests(ReportFixture fixture) : IClassFixture<ReportFixture>
{
    [Fact]
    public async Task The_page_its_script_and_styles_are_served_by_the_host_and_load_nothing_from_elsewhere()
    {
        await using var host = DashboardHost.Create(fixture.Cases, "Development");
        using var client = host.CreateClient();

        var page = await client.GetStringAsync(new Uri("/dashboard", UriKind.Relative));
        using var script = await client.GetAsync(new Uri("/dashboard/dashboard.js", UriKind.Relative));
        using var styles = await client.GetAsync(new Uri("/dashboard/dashboard.css", UriKind.Relative));

        Assert.Contains("<svg id=\"chart-received\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("http://", page.Replace("http://www.w3.org", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("https://", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, styles.StatusCode);
    }

    [Fact]
    public async Task The_Teams_client_is_served_from_the_configured_file_and_else_from_the_npm_package_the_build_put_beside_the_app()
    {
        var file = Path.GetTempFileName();
        await File.WriteAllTextAsync(file, "window.microsoftTeams = {};");
        try
        {
            await using var configured = DashboardHost.Create(fixture.Cases, "Development", new Dictionary<string, string?> { ["Dashboard:TeamsJsPath"] = file });
            await using var unconfigured = DashboardHost.Create(fixture.Cases, "Development");

            Assert.Equal("window.microsoftTeams = {};", await configured.CreateClient().GetStringAsync(new Uri("/dashboard/teams-js.js", UriKind.Relative)));
            var fromNpm = Path.Combine(ComplaintsBot.Tests.Manifest.ManifestSchemaCheck.RepoRoot, "web", "teams-js", "node_modules", "@microsoft", "teams-js", "dist", "umd", "MicrosoftTeams.min.js");
            var served = await unconfigured.CreateClient().GetByteArrayAsync(new Uri("/dashboard/teams-js.js", UriKind.Relative));
            Assert.Equal(await File.ReadAllBytesAsync(fromNpm), served);
            Assert.Equal(await File.ReadAllBytesAsync(fromNpm), await File.ReadAllBytesAsync(ComplaintsBot.Dashboard.DashboardEndpoints.BundledTeamsJs));
        }
        finally
        {
            File.Delete(file);
        }
    }
}
