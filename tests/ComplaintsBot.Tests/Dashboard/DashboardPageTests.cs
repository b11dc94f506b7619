using System.Net;
using ComplaintsBot.Tests.Reports;

namespace ComplaintsBot.Tests.Dashboard;

/// <summary>The page and its own assets come from the host itself (no CDN); the Teams client file from Dashboard:TeamsJsPath.</summary>
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
    public async Task The_Teams_client_is_served_from_the_configured_file_and_is_an_empty_script_without_one()
    {
        var file = Path.GetTempFileName();
        await File.WriteAllTextAsync(file, "window.microsoftTeams = {};");
        try
        {
            await using var configured = DashboardHost.Create(fixture.Cases, "Development", new Dictionary<string, string?> { ["Dashboard:TeamsJsPath"] = file });
            await using var unconfigured = DashboardHost.Create(fixture.Cases, "Development");

            Assert.Equal("window.microsoftTeams = {};", await configured.CreateClient().GetStringAsync(new Uri("/dashboard/teams-js.js", UriKind.Relative)));
            Assert.StartsWith("// Dashboard:TeamsJsPath is not set", await unconfigured.CreateClient().GetStringAsync(new Uri("/dashboard/teams-js.js", UriKind.Relative)), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
