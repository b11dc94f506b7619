using System.IO.Compression;
using System.Text.Json;
using ComplaintsBot.Cases.Deadlines;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Cases.Store;
using ComplaintsBot.Cases.Time;
using ComplaintsBot.Reports;
using ComplaintsBot.Tests.Cli;
using ComplaintsBot.Tests.Hosting;
using ComplaintsBot.Workflows.EvidencePack;
using ComplaintsBot.Workflows.Letters;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ComplaintsBot.Tests.Workflows.EvidencePack;

/// <summary>
/// The evidence pack of a complaint taken through its whole life under hoc-2024 (HOC-2026-00001), each step recorded
/// at its own time (the clock moved to it, as staff would record it then):
/// received Mon 2 Nov 2026 10:00 by phone (Olive Officer); the customer rang again Tue 3 Nov 11:00; acknowledged
/// Wed 4 Nov 09:30; an extension of 5 working days asked Mon 16 Nov 10:00, approved Tue 17 Nov 14:00 (Max Manager);
/// the stage 1 response, upheld with £150 compensation, put for approval Mon 23 Nov 16:00 and agreed at £120 Tue 24
/// Nov 10:00, which sends the response; escalated Mon 30 Nov 09:00 to Max; stage 2 acknowledged Tue 1 Dec 10:00 and
/// answered, not upheld, Tue 15 Dec 15:00; closed Wed 16 Dec 12:00 with learning. Everything after 1 Nov is GMT.
/// </summary>
public sealed class EvidencePackTests : IAsyncLifetime
{
    private const string Officer = "aad-olive", Manager = "aad-max";
    private static DateTimeOffset At(int month, int day, int hour, int minute = 0) => LondonTime.AtLondon(new DateOnly(2026, month, day), new TimeOnly(hour, minute));

    private readonly FakeTimeProvider _clock = new(At(11, 2, 10));
    private readonly TempFolder _folder = new();
    private ServiceProvider _services = null!;
    private Case _case = null!;

    private string DatabasePath => Path.Combine(_folder.Path, "cases.db");

    public async Task InitializeAsync()
    {
        var collection = new ServiceCollection();
        collection.AddSingleton<TimeProvider>(_clock);
        collection.AddSingleton(PolicyCatalog.Load());
        collection.AddSingleton<DeadlineCalculator>();
        collection.AddSingleton(provider => new ActivePolicy(provider.GetRequiredService<PolicyCatalog>().Default));
        collection.AddSingleton<CaseDeadlines>();
        collection.AddCaseStore(DatabasePath);
        collection.AddSingleton<ReportCases>();
        collection.AddSingleton<StageResponseLetters>();
        collection.AddEvidencePack();
        _services = collection.BuildServiceProvider();
        await _services.MigrateCaseStoreAsync();
        _case = await WholeLifeAsync();
    }

    private async Task<Case> WholeLifeAsync()
    {
        var staff = _services.GetRequiredService<StaffDirectory>();
        var olive = (await staff.EnsureAsync(Officer, "Olive Officer", "olive@landlord.example")).Id;
        var max = (await staff.EnsureAsync(Manager, "Max Manager", "max@landlord.example")).Id;
        await using (var db = await _services.GetRequiredService<IDbContextFactory<CasesDbContext>>().CreateDbContextAsync())
        {
            (await db.Staff.AsTracking().SingleAsync(s => s.Id == max)).Roles = [StaffRoles.Manager];
            await db.SaveChangesAsync();
        }
        var service = _services.GetRequiredService<CaseService>();
        var opened = await service.OpenAsync(new CaseIntake
        {
            PolicyId = "hoc-2024", CategoryId = "complaint", Kind = ContactKind.Complaint,
            Customer = Customer.Named("Mrs Jo O'Neill", CustomerRelationship.Tenant, "T-100"), Channel = ContactChannel.Phone,
            ReceivedAt = At(11, 2, 10), Description = "Black mould in the back bedroom has come back three times since June.",
            DesiredOutcome = "Find the cause and fix it for good", ServiceArea = "Repairs", Theme = "Damp", RecordedById = olive,
        }, "HOC", Officer);
        var id = opened.Id;
        async Task Step(DateTimeOffset at, string actor, string action, Action<Case> change)
        {
            _clock.SetUtcNow(at);
            var current = (await service.FindAsync(id))!;
            await service.ChangeAsync(id, current.Version, actor, action, change);
        }
        await Step(At(11, 3, 11), Officer, CaseAuditActions.ContactRecorded, c => c.RecordContact(At(11, 3, 11), ContactChannel.Phone, olive, "Customer rang: the mould is spreading to the landing."));
        await Step(At(11, 4, 9, 30), Officer, CaseAuditActions.Acknowledged, c => c.Acknowledge(At(11, 4, 9, 30)));
        await Step(At(11, 16, 10), Officer, CaseAuditActions.ExtensionRequested, c => c.RequestExtension(olive, At(11, 16, 10), 5, "Damp survey booked for 20 November", customerAgreed: true));
        await Step(At(11, 17, 14), Manager, CaseAuditActions.ExtensionApproved, c => c.DecideExtension(c.Stage(1)!.Extensions[0].Id, approve: true, max, At(11, 17, 14), "Survey needed"));
        await Step(At(11, 23, 16), Officer, CaseAuditActions.CompensationRequested, c => c.RequestCompensationApproval(olive,
            new StageResponse(At(11, 23, 16), StageOutcome.Upheld, "The repair in June treated the mould but not the leaking gutter behind it.", "Gutter replaced; room treated and redecorated", 150m, "Redecoration booked for 4 January"),
            "manager", null));
        await Step(At(11, 24, 10), Manager, CaseAuditActions.CompensationApproved, c => c.DecideCompensation(c.Stage(1)!.CompensationApprovals[0].Id, approve: true, 120m, max, At(11, 24, 10), "In line with the remedies guidance"));
        await Step(At(11, 30, 9), Officer, CaseAuditActions.Escalated, c => c.Escalate(At(11, 30, 9), 2, max));
        await Step(At(12, 1, 10), Manager, CaseAuditActions.Acknowledged, c => c.Acknowledge(At(12, 1, 10)));
        await Step(At(12, 15, 15), Manager, CaseAuditActions.Responded, c => c.RecordResponse(
            new StageResponse(At(12, 15, 15), StageOutcome.NotUpheld, "The stage 1 remedy was fair and has been carried out.", null, null, null)));
        await Step(At(12, 16, 12), Manager, CaseAuditActions.Closed, c => c.Close(At(12, 16, 12), "Check gutters when treating mould", "Gutter checks added to the damp and mould procedure"));
        _clock.SetUtcNow(At(12, 21, 9));
        return (await service.FindAsync(id))!;
    }

    [Fact]
    public async Task Every_event_of_the_case_appears_once_in_order_with_its_date_and_who_acted()
    {
        var (_, docx, _) = await _services.GetRequiredService<EvidencePacks>().ExportAsync(_case, Manager, "Max Manager", "case card");

        Assert.Equal(
        [
            ["Mon 2 Nov 2026 10:00", "Olive Officer", "Complaint received by Phone and logged as HOC-2026-00001"],
            ["Tue 3 Nov 2026 11:00", "Olive Officer", "Contact with the customer by Phone: Customer rang: the mould is spreading to the landing."],
            ["Wed 4 Nov 2026 09:30", "Olive Officer", "Stage 1 acknowledged"],
            ["Mon 16 Nov 2026 10:00", "Olive Officer", "Stage 1: extension of 5 working days asked for (Damp survey booked for 20 November; customer agreed)"],
            ["Tue 17 Nov 2026 14:00", "Max Manager", "Stage 1: extension approved: Survey needed"],
            ["Mon 23 Nov 2026 16:00", "Olive Officer", "Stage 1: compensation of £150.00 put for approval"],
            ["Tue 24 Nov 2026 10:00", "Max Manager", "Stage 1: compensation approved at £120.00: In line with the remedies guidance"],
            ["Tue 24 Nov 2026 10:00", "Max Manager", "Stage 1 response sent: upheld, £120.00 compensation offered"],
            ["Mon 30 Nov 2026 09:00", "Olive Officer", "Escalated to Stage 2; handled by Max Manager"],
            ["Tue 1 Dec 2026 10:00", "Max Manager", "Stage 2 acknowledged"],
            ["Tue 15 Dec 2026 15:00", "Max Manager", "Stage 2 response sent: not upheld"],
            ["Wed 16 Dec 2026 12:00", "Max Manager", "Case closed"],
        ], Table(docx, "When|Who|What happened"));
    }

    [Fact]
    public async Task The_Ombudsmans_determination_is_shown_on_its_day_without_a_time_after_the_case_closed()
    {
        // Determined on Wednesday 16 December, the day the case closed at 12:00; recorded on 21 December. Only the day is on record.
        var service = _services.GetRequiredService<CaseService>();
        var current = (await service.FindAsync(_case.Id))!;
        await service.ChangeAsync(current.Id, current.Version, Manager, CaseAuditActions.OmbudsmanDetermined, c => c.RecordOmbudsmanDetermination(
            new OmbudsmanDetermination(OmbudsmanFinding.ReasonableRedress, new DateOnly(2026, 12, 16), null, current.OwnerId ?? 0, At(12, 21, 9))));

        var (_, docx, _) = await _services.GetRequiredService<EvidencePacks>().ExportAsync((await service.FindAsync(_case.Id))!, Manager, "Max Manager", "case card");

        var chronology = Table(docx, "When|Who|What happened");
        Assert.Equal(["Wed 16 Dec 2026 12:00", "Max Manager", "Case closed"], chronology[^2]);
        Assert.Equal(["Wed 16 Dec 2026", "Max Manager", $"Housing Ombudsman's determination: {OmbudsmanFinding.ReasonableRedress.Describe()}"], chronology[^1]);
        Assert.DoesNotContain(chronology, row => row[0].EndsWith("00:00", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_docx_passes_the_Open_XML_SDK_validator_and_holds_every_part_of_the_file()
    {
        var (pack, docx, _) = await _services.GetRequiredService<EvidencePacks>().ExportAsync(_case, Manager, "Max Manager", "case card");

        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}"));
        Assert.Equal("Evidence pack: HOC-2026-00001", document.PackageProperties.Title);
        var paragraphs = document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().Select(p => p.InnerText).ToList();
        Assert.Contains("Black mould in the back bedroom has come back three times since June.", paragraphs);
        Assert.Contains("The outcome the customer wants: Find the cause and fix it for good", paragraphs);
        // Deadlines met or missed: the stage 1 response, due 10 working days after 4 Nov plus 5 = Wed 25 Nov, went on 24 Nov.
        Assert.Contains(["Stage 1 response", "Wed 25 Nov 2026", "Tue 24 Nov 2026 10:00", "Met"], Table(docx, "Deadline|Due|Met|Standing"));
        Assert.Equal([["1", "Mon 16 Nov 2026 10:00", "Olive Officer", "5", "Damp survey booked for 20 November", "Yes", "Approved", "Max Manager", "Tue 17 Nov 2026 14:00", "Survey needed"]],
            Table(docx, "Stage|Asked for|By|Working days"));
        Assert.Equal([["1", "Mon 23 Nov 2026 16:00", "Olive Officer", "£150.00", "manager", "Approved", "£120.00", "Max Manager", "Tue 24 Nov 2026 10:00", "In line with the remedies guidance"]],
            Table(docx, "Stage|Asked for|By|Amount"));
        Assert.Contains(["What was learnt", "Check gutters when treating mould"], Table(docx, "What|Record", first: "What was learnt"));
        Assert.Equal(2, pack.Letters.Count(l => l.Path.EndsWith(".docx", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Exporting_is_written_to_the_case_s_audit_trail_and_the_pack_s_trail_ends_with_it()
    {
        var (_, docx, _) = await _services.GetRequiredService<EvidencePacks>().ExportAsync(_case, Manager, "Max Manager", "case card");

        var trail = await _services.GetRequiredService<CaseService>().AuditTrailAsync(_case.Id);
        var export = Assert.Single(trail, e => e.Action == EvidencePacks.ExportedAction);
        Assert.Equal((Manager, At(12, 21, 9)), (export.Actor, export.At));
        Assert.Equal("case card", JsonDocument.Parse(export.After!).RootElement.GetProperty("via").GetString());
        Assert.DoesNotContain("O'Neill", export.After, StringComparison.Ordinal);
        var audit = Table(docx, "When|Who|What|Recorded as");
        Assert.Equal(trail.Count, audit.Count);
        Assert.Equal(["Mon 21 Dec 2026 09:00", "Max Manager", "Evidence pack exported", EvidencePacks.ExportedAction], audit[^1]);
    }

    [Fact]
    public async Task The_zip_holds_a_contents_page_the_document_and_each_letter_it_lists()
    {
        var (pack, docx, zip) = await _services.GetRequiredService<EvidencePacks>().ExportAsync(_case, Manager, "Max Manager", "case card");

        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        var names = archive.Entries.Select(e => e.FullName).ToList();
        Assert.Equal(EvidencePackZip.ContentsPage, names[0]);
        Assert.Equal(["HOC-2026-00001 evidence pack.docx", .. pack.Letters.Select(l => l.Path)], names.Skip(1));
        Assert.Equal(4, pack.Letters.Count);
        using var contents = new StreamReader(archive.GetEntry(EvidencePackZip.ContentsPage)!.Open());
        var page = await contents.ReadToEndAsync();
        Assert.All(names.Skip(1), name => Assert.Contains($"<td>{System.Net.WebUtility.HtmlEncode(name)}</td>", page, StringComparison.Ordinal));
        using var inZip = new MemoryStream();
        await archive.GetEntry("HOC-2026-00001 evidence pack.docx")!.Open().CopyToAsync(inZip);
        Assert.Equal(docx, inZip.ToArray());
    }

    [Fact]
    public async Task The_admin_command_writes_the_docx_and_zip_and_audits_who_ran_it()
    {
        using var output = new TempFolder();

        var run = CliRun.Of("evidence-pack", "HOC-2026-00001", "--out", output.Path, "--by", "cli:ann.admin", "--db", DatabasePath);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal([Path.Combine(output.Path, "HOC-2026-00001 evidence pack.docx"), Path.Combine(output.Path, "HOC-2026-00001 evidence pack.zip")], run.OutputLines);
        Assert.All(run.OutputLines, path => Assert.True(File.Exists(path)));
        var trail = await _services.GetRequiredService<CaseService>().AuditTrailAsync(_case.Id);
        var export = Assert.Single(trail, e => e.Action == EvidencePacks.ExportedAction);
        Assert.Equal("cli:ann.admin", export.Actor);
        Assert.Equal("admin command", JsonDocument.Parse(export.After!).RootElement.GetProperty("via").GetString());

        var unknown = CliRun.Of("evidence-pack", "HOC-2026-00099", "--out", output.Path, "--db", DatabasePath);
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("There is no case HOC-2026-00099.", unknown.Error, StringComparison.Ordinal);
    }

    /// <summary>The body rows of the DOCX table whose header starts with these columns ("When|Who"), each row as its cells.</summary>
    internal static List<string[]> Table(byte[] docx, string header, string? first = null)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var columns = header.Split('|', StringSplitOptions.RemoveEmptyEntries);
        foreach (var table in document.MainDocumentPart!.Document!.Body!.Elements<Table>())
        {
            var rows = table.Elements<TableRow>().Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToArray()).ToList();
            if (first is not null ? rows.Any(r => r[0] == first) : rows.Count > 0 && rows[0].Take(columns.Length).SequenceEqual(columns))
                return first is not null ? rows : rows.Skip(1).ToList();
        }
        throw new Xunit.Sdk.XunitException($"no table {header} {first}");
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}
