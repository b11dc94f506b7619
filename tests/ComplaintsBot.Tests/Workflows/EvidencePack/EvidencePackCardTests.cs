using System.IO.Compression;
using System.Net;
using System.Text.RegularExpressions;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Tests.CardActions;
using ComplaintsBot.Tests.Dashboard;
using ComplaintsBot.Workflows.EvidencePack;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace ComplaintsBot.Tests.Workflows.EvidencePack;

/// <summary>
/// The Evidence pack button on the case card, once sign-in is configured: who sees it (whoever holds the case, and
/// managers), the download links it sends to the clicker's personal chat, and each download audited.
/// </summary>
public sealed partial class EvidencePackCardTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);
    private EntraIdTestTenant _tenant = null!;
    private LifecycleHost _host = null!;
    private StaffMember _owner = null!;
    private StaffMember _colleague = null!;
    private StaffMember _teamLeader = null!;
    private Case _case = null!;

    public async Task InitializeAsync()
    {
        _tenant = await EntraIdTestTenant.StartAsync();
        _host = new LifecycleHost(Start, new Dictionary<string, string?>
        {
            ["Dashboard:AppId"] = EntraIdTestTenant.AppId,
            ["Dashboard:TenantId"] = EntraIdTestTenant.TenantId,
            ["Dashboard:OpenIdMetadataUrl"] = _tenant.MetadataUrl,
            ["Dashboard:RequireHttpsMetadata"] = "false",
        });
        _teamLeader = await _host.StaffAsync("Lee Morgan", ["team-leader"]);
        _owner = await _host.StaffAsync("Priya Shah", ["complaint-handler"], _teamLeader);
        _colleague = await _host.StaffAsync("Tom Reed", ["complaint-handler"], _teamLeader);
        _case = await _host.ChangeAsync(await _host.ComplaintAsync("hoc-2024", "HOC", _owner), c => c.Acknowledge(Start));
        _case = await _host.ChangeAsync(_case, c => c.RecordResponse(new StageResponse(Start, StageOutcome.Upheld, "We were late.", null, 50m, null)));
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _tenant.DisposeAsync();
    }

    [GeneratedRegex(@"\]\((http[^)]+)\)")]
    private static partial Regex MarkdownLink();

    private async Task<List<Uri>> PressAsync(StaffMember who)
    {
        await _host.ClickAsync(who, "evidencePack", _case.Id, _case.Version);
        var sent = Assert.Single(_host.Connector.Sends, s => s.Text?.Contains("evidence pack", StringComparison.Ordinal) == true);
        return [.. MarkdownLink().Matches(sent.Text!).Select(m => new Uri(m.Groups[1].Value))];
    }

    [Fact]
    public async Task The_owner_gets_links_to_the_zip_and_the_docx_and_each_download_is_audited_as_theirs()
    {
        var links = await PressAsync(_owner);
        Assert.Equal([$"/cases/{_case.Reference}/evidence-pack.zip", $"/cases/{_case.Reference}/evidence-pack.docx"], links.Select(l => l.AbsolutePath));

        using var zip = await _host.GetAsync(links[0].PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, zip.StatusCode);
        Assert.Equal("no-store", zip.Headers.CacheControl?.ToString());
        using (var archive = new ZipArchive(new MemoryStream(await zip.Content.ReadAsByteArrayAsync()), ZipArchiveMode.Read))
            Assert.Equal([EvidencePackZip.ContentsPage, $"{_case.Reference} evidence pack.docx", $"letters/{_case.Reference}-stage-1-response.docx", $"letters/{_case.Reference}-stage-1-response.html"],
                archive.Entries.Select(e => e.FullName));
        using var docx = await _host.GetAsync(links[1].PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        using (var document = WordprocessingDocument.Open(new MemoryStream(await docx.Content.ReadAsByteArrayAsync()), false))
            Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document));

        var exports = (await _host.Cases.AuditTrailAsync(_case.Id)).Where(e => e.Action == EvidencePacks.ExportedAction).ToList();
        Assert.Equal(2, exports.Count);
        Assert.All(exports, e => Assert.Equal(_owner.AadObjectId, e.Actor));
    }

    [Fact]
    public async Task A_manager_sees_the_button_and_a_colleague_who_may_not_see_the_case_cannot_use_it()
    {
        await _host.SayAsync(_teamLeader, $"case {_case.Reference}");
        Assert.Contains("evidencePack", InvokeAssert.Verbs(_host.Connector.Sends.Last(s => s.Card is not null).Card!));

        var refused = await _host.ClickAsync(_colleague, "evidencePack", _case.Id, _case.Version);
        Assert.DoesNotContain(_host.Connector.Sends, s => s.Text?.Contains("evidence-pack.zip", StringComparison.Ordinal) == true);
        // Tom may not see Priya's case at all, so it is answered as a case that does not exist (CaseVisibility).
        Assert.Equal(404, (int?)refused["statusCode"]);

        using var bySignIn = await _host.GetAsync($"/cases/{_case.Reference}/evidence-pack.zip", _tenant.Token(_colleague.AadObjectId));
        Assert.True(bySignIn.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound, $"{bySignIn.StatusCode}");
        Assert.DoesNotContain(await _host.Cases.AuditTrailAsync(_case.Id), e => e.Action == EvidencePacks.ExportedAction);
    }

    [Fact]
    public async Task A_letter_s_download_link_does_not_open_the_evidence_pack()
    {
        await _host.ClickAsync(_owner, "letter", _case.Id, _case.Version);
        var letterLink = new Uri((string)_host.Connector.Sends.Single(s => s.Card is not null).Card!["actions"]![1]!["url"]!);

        using var response = await _host.GetAsync($"/cases/{_case.Reference}/evidence-pack.zip{letterLink.Query}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain(await _host.Cases.AuditTrailAsync(_case.Id), e => e.Action == EvidencePacks.ExportedAction);
    }
}
