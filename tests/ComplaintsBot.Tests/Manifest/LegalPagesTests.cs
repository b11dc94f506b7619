using System.Net;
using ComplaintsBot.Tests.Dashboard;
using ComplaintsBot.Tests.Reports;

namespace ComplaintsBot.Tests.Manifest;

/// <summary>The privacy and terms links of the Teams app open pages the host serves, with the landlord's own text.</summary>
public sealed class LegalPagesTests(ReportFixture fixture) : IClassFixture<ReportFixture>
{
    [Fact]
    public async Task The_landlords_privacy_notice_and_terms_are_served_as_text_without_a_sign_in()
    {
        await using var host = DashboardHost.Create(fixture.Cases, "Development", new Dictionary<string, string?>
        {
            ["Legal:Landlord"] = "Riverside Homes",
            ["Legal:PrivacyText"] = "We keep what you tell us for six years.\n\nWrite to <dpo@riverside.example.org> & ask.",
            ["Legal:TermsText"] = "For Riverside staff only.",
        });
        using var client = host.CreateClient();

        using var privacy = await client.GetAsync(new Uri("/privacy", UriKind.Relative));
        var privacyPage = await privacy.Content.ReadAsStringAsync();
        var terms = await client.GetStringAsync(new Uri("/terms", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, privacy.StatusCode);
        Assert.Equal("text/html", privacy.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<h1>Privacy notice</h1>", privacyPage, StringComparison.Ordinal);
        Assert.Contains("Riverside Homes", privacyPage, StringComparison.Ordinal);
        Assert.Contains("<p>We keep what you tell us for six years.</p>", privacyPage, StringComparison.Ordinal);
        Assert.Contains("<p>Write to &lt;dpo@riverside.example.org&gt; &amp; ask.</p>", privacyPage, StringComparison.Ordinal);
        Assert.Contains("<h1>Terms of use</h1>", terms, StringComparison.Ordinal);
        Assert.Contains("<p>For Riverside staff only.</p>", terms, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_text_can_come_from_a_file_the_landlord_keeps()
    {
        var file = Path.GetTempFileName();
        await File.WriteAllTextAsync(file, "Our privacy notice, from the file.");
        try
        {
            await using var host = DashboardHost.Create(fixture.Cases, "Development", new Dictionary<string, string?> { ["Legal:PrivacyFile"] = file, ["Legal:PrivacyText"] = "not this" });

            var page = await host.CreateClient().GetStringAsync(new Uri("/privacy", UriKind.Relative));

            Assert.Contains("<p>Our privacy notice, from the file.</p>", page, StringComparison.Ordinal);
            Assert.DoesNotContain("not this", page, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Until_the_landlord_sets_its_text_the_pages_say_what_is_kept_and_who_to_ask_not_404()
    {
        await using var host = DashboardHost.Create(fixture.Cases, "Development", new Dictionary<string, string?> { ["Legal:Landlord"] = "Riverside Homes" });
        using var client = host.CreateClient();

        var privacy = await client.GetStringAsync(new Uri("/privacy", UriKind.Relative));
        var terms = await client.GetStringAsync(new Uri("/terms", UriKind.Relative));

        Assert.Contains("Ask Riverside Homes&#39;s data protection officer", privacy, StringComparison.Ordinal);
        Assert.Contains("Riverside Homes&#39;s complaints team", terms, StringComparison.Ordinal);
    }
}
