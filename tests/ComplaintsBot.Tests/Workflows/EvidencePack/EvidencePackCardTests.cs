using System.IO.Compression;
using System.Net;
using System.Text.RegularExpressions;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Tests.CardActions;
using ComplaintsBot.Tests.Workflows.Letters;
using ComplaintsBot.Workflows.EvidencePack;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace ComplaintsBot.Tests.Workflows.EvidencePack;

/// <summary>
/// The Evidence pack button on the case card, once sign-in is configured: who sees it (whoever holds the case, and
/// managers), the download links it sends to the clicker's personal chat, and each download audited.
/// </summary>
public sealed partial class EvidencePackCardTests : RespondedCaseWithSignIn
{
    [GeneratedRegex(@"\]\((http[^)]+)\)")]
    private static partial Regex MarkdownLink();

    private async Task<List<Uri>> PressAsync(StaffMember who)
    {
        await Host.ClickAsync(who, "evidencePack", Case.Id, Case.Version);
        var sent = Assert.Single(Host.Connector.Sends, s => s.Text?.Contains("evidence pack", StringComparison.Ordinal) == true);
        return [.. MarkdownLink().Matches(sent.Text!).Select(m => new Uri(m.Groups[1].Value))];
    }

    [Fact]
    public async Task The_owner_gets_links_to_the_zip_and_the_docx_and_each_download_is_audited_as_theirs()
    {
        var links = await PressAsync(Owner);
        Assert.Equal([$"/cases/{Case.Reference}/evidence-pack.zip", $"/cases/{Case.Reference}/evidence-pack.docx"], links.Select(l => l.AbsolutePath));

        using var zip = await Host.GetAsync(links[0].PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, zip.StatusCode);
        Assert.Equal("no-store", zip.Headers.CacheControl?.ToString());
        using (var archive = new ZipArchive(new MemoryStream(await zip.Content.ReadAsByteArrayAsync()), ZipArchiveMode.Read))
            Assert.Equal([EvidencePackZip.ContentsPage, $"{Case.Reference} evidence pack.docx", $"letters/{Case.Reference}-stage-1-response.docx", $"letters/{Case.Reference}-stage-1-response.html"],
                archive.Entries.Select(e => e.FullName));
        using var docx = await Host.GetAsync(links[1].PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        using (var document = WordprocessingDocument.Open(new MemoryStream(await docx.Content.ReadAsByteArrayAsync()), false))
            Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document));

        var exports = (await Host.Cases.AuditTrailAsync(Case.Id)).Where(e => e.Action == EvidencePacks.ExportedAction).ToList();
        Assert.Equal(2, exports.Count);
        Assert.All(exports, e => Assert.Equal(Owner.AadObjectId, e.Actor));
    }

    [Fact]
    public async Task A_manager_sees_the_button_and_a_colleague_who_may_not_see_the_case_cannot_use_it()
    {
        await Host.SayAsync(TeamLeader, $"case {Case.Reference}");
        Assert.Contains("evidencePack", InvokeAssert.Verbs(Host.Connector.Sends.Last(s => s.Card is not null).Card!));

        var refused = await Host.ClickAsync(Colleague, "evidencePack", Case.Id, Case.Version);
        Assert.DoesNotContain(Host.Connector.Sends, s => s.Text?.Contains("evidence-pack.zip", StringComparison.Ordinal) == true);
        // Tom may not see Priya's case at all, so it is answered as a case that does not exist (CaseVisibility).
        Assert.Equal(404, (int?)refused["statusCode"]);

        using var bySignIn = await Host.GetAsync($"/cases/{Case.Reference}/evidence-pack.zip", Tenant.Token(Colleague.AadObjectId));
        Assert.True(bySignIn.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound, $"{bySignIn.StatusCode}");
        Assert.DoesNotContain(await Host.Cases.AuditTrailAsync(Case.Id), e => e.Action == EvidencePacks.ExportedAction);
    }

    [Fact]
    public async Task A_letter_s_download_link_does_not_open_the_evidence_pack()
    {
        await Host.ClickAsync(Owner, "letter", Case.Id, Case.Version);
        var letterLink = new Uri((string)Host.Connector.Sends.Single(s => s.Card is not null).Card!["actions"]![1]!["url"]!);

        using var response = await Host.GetAsync($"/cases/{Case.Reference}/evidence-pack.zip{letterLink.Query}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain(await Host.Cases.AuditTrailAsync(Case.Id), e => e.Action == EvidencePacks.ExportedAction);
    }
}
