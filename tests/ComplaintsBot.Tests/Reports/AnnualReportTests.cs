using System.Net;
using System.Text.RegularExpressions;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Cases.Policies.Compliance;
using ComplaintsBot.Reports;
using ComplaintsBot.Tests.Cli;
using ComplaintsBot.Tests.Hosting;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintsBot.Tests.Reports;

/// <summary>
/// `annual-report --year 2026`: the Code's annual complaints performance and service improvement report (Code 8.1) for
/// the financial year 1 April 2026 to 31 March 2027 of the seeded store under wch, as DOCX and HTML. The hand-worked
/// year (see <see cref="SelfAssessmentTests"/>): stage 1 received 10, stage 2 2; stage 1 acknowledgements 8, 7 within
/// the Code (F late), G and N never acknowledged; stage 1 responses 6, 5 within the Code (F late).
/// </summary>
public sealed partial class AnnualReportTests(ReportFixture fixture) : IClassFixture<ReportFixture>
{
    private static readonly Policy Wch = PolicyCatalog.Load().Get("wch");

    private (CliRun Run, string Docx, string Html) Write(TempFolder folder, params string[] args)
    {
        var run = CliRun.Of(["annual-report", "--year", "2026", "--policy", "wch", "--homes", "2500", "--homes-lcra", "2000", "--homes-lcho", "400",
            "--db", fixture.Cases.DatabasePath, "--out", folder.Path, .. args]);
        return (run, Path.Combine(folder.Path, "annual-complaints-report-2026-27.docx"), Path.Combine(folder.Path, "annual-complaints-report-2026-27.html"));
    }

    [Fact]
    public void The_DOCX_passes_the_Open_XML_SDK_validator_and_the_HTML_says_the_same_in_the_same_order()
    {
        using var folder = new TempFolder();
        var (run, docx, html) = Write(folder);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal([Path.GetFullPath(docx), Path.GetFullPath(html)], run.OutputLines.Take(2));
        using var document = WordprocessingDocument.Open(docx, false);
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.Empty(errors);
        Assert.Equal("Annual complaints performance and service improvement report 2026/27", document.PackageProperties.Title);
        var docxHeadings = document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value is "Heading1" or "Heading2").Select(p => p.InnerText).ToList();
        var htmlHeadings = Heading().Matches(File.ReadAllText(html)).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
        Assert.Equal(htmlHeadings, docxHeadings);
        Assert.Contains("10. The governing body's response", docxHeadings);
    }

    /// <summary>
    /// The provisions on the Housing Ombudsman's self-assessment form for the Complaint Handling Code (2024), section by
    /// section: 1.2 to 1.6 (the form leaves out 1.1, the Code's introduction), 2.1 to 2.5, 3.1 to 3.7, 4.1 to 4.3, 5.1
    /// to 5.15, 6.1 to 6.20 (stage 1 to 6.9, stage 2 from 6.10), 7.1 to 7.4, 8.1 to 8.5 and 9.1 to 9.8: 72 in all.
    /// </summary>
    internal static readonly IReadOnlyList<string> FormProvisions =
    [
        .. new (int Section, int First, int Last)[] { (1, 2, 6), (2, 1, 5), (3, 1, 7), (4, 1, 3), (5, 1, 15), (6, 1, 20), (7, 1, 4), (8, 1, 5), (9, 1, 8) }
            .SelectMany(s => Enumerable.Range(s.First, s.Last - s.First + 1).Select(n => $"{s.Section}.{n}")),
    ];

    [Fact]
    public void The_form_lists_each_of_the_72_provisions_of_the_Code_once_in_order_under_its_section()
    {
        Assert.Equal(72, FormProvisions.Count);
        Assert.Equal(FormProvisions, SelfAssessmentForm.Provisions.Select(p => p.Number));
        Assert.All(SelfAssessmentForm.Provisions, p =>
        {
            Assert.Equal(int.Parse(p.Number.Split('.')[0], System.Globalization.CultureInfo.InvariantCulture), p.Section);
            Assert.False(string.IsNullOrWhiteSpace(p.Requirement));
            Assert.EndsWith(".", p.Requirement, StringComparison.Ordinal);
        });
        Assert.Equal(Enumerable.Range(1, 9), SelfAssessmentForm.Sections.Select(s => s.Number));
        // Every rule a provision cites as evidence is one the policy files can hold (a misspelt path would never match).
        var paths = PolicyCatalog.Load().Policies.SelectMany(p => p.RuleBook.Rules).Select(r => r.Path).ToList();
        Assert.All(SelfAssessmentForm.Provisions.SelectMany(p => p.PolicyPaths), path =>
            Assert.Contains(paths, known => known == path || known.StartsWith(path + ".", StringComparison.Ordinal)));
    }

    [Fact]
    public void Every_provision_of_the_Code_s_self_assessment_form_appears_once_with_evidence_and_a_verdict_in_both_files()
    {
        using var folder = new TempFolder();
        var (_, docx, html) = Write(folder);

        var expected = FormProvisions;
        var docxRows = SelfAssessmentRows(docx);
        var htmlRows = SelfAssessmentRows(File.ReadAllText(html));
        Assert.Equal(expected, docxRows.Select(r => r[0]));
        Assert.Equal(expected, htmlRows.Select(r => r[0]));
        Assert.Equal(docxRows, htmlRows);
        var verdicts = Enum.GetValues<AssessmentVerdict>().Select(v => v.Describe()).ToHashSet();
        Assert.All(docxRows, r =>
        {
            Assert.False(string.IsNullOrWhiteSpace(r[2]), $"{r[0]} has no evidence");
            Assert.Contains(r[4], verdicts);
            Assert.False(string.IsNullOrWhiteSpace(r[5]), $"{r[0]} has no reason for its verdict");
        });
        // Every provision the policy file can speak to cites the clause of the file (or of the Code it leaves to).
        foreach (var provision in SelfAssessmentForm.Provisions.Where(p => p.PolicyPaths.Any(path => Wch.RuleBook.Under(path).Any())))
        {
            var clauses = provision.PolicyPaths.SelectMany(path => Wch.RuleBook.Under(path)).Select(r => r.Citation.Clause).Distinct();
            Assert.All(clauses, clause => Assert.Contains(clause, docxRows.Single(r => r[0] == provision.Number)[2], StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Verdicts_follow_the_policy_file_and_the_year_s_records()
    {
        using var folder = new TempFolder();
        var rows = SelfAssessmentRows(Write(folder).Docx).ToDictionary(r => r[0]);

        // wch acknowledges within one working day (WCH 5.2.1): the policy meets Code 6.2, the year's records do not.
        Assert.Equal("WCH 5.2.1: \u201cWe will acknowledge and log the complaint within one working day of its receipt\u201d.", rows["6.2"][2]);
        Assert.Equal("7 of 8 stage 1 acknowledgements within the Code's timescale (87.5%); 2 overdue at the end of the year.", rows["6.2"][3]);
        Assert.Equal(("Partly complies", "The policy meets the Code, but 3 stage 1 acknowledgements were late or overdue."), (rows["6.2"][4], rows["6.2"][5]));
        Assert.Equal("5 of 6 stage 1 responses within the Code's timescale (83.3%); 4 overdue at the end of the year.", rows["6.3"][3]);
        // Six months to complain (WCH 4.6.3) falls short of the Code's twelve: policy check's breach.
        Assert.StartsWith("WCH 4.6.3", rows["2.3"][2], StringComparison.Ordinal);
        Assert.Equal("Does not comply", rows["2.3"][4]);
        // Nothing in the policy file or the records can show a Member Responsible for Complaints.
        Assert.Equal(("Landlord to evidence", "The policy file does not record this."), (rows["9.5"][4], rows["9.5"][2]));
        Assert.Equal("Landlord to evidence", rows["8.2"][4]);
    }

    [Fact]
    public void The_landlord_s_evidence_and_the_governing_body_s_response_go_in_and_a_bad_evidence_file_is_refused()
    {
        using var folder = new TempFolder();
        var evidence = Path.Combine(folder.Path, "evidence.yaml");
        File.WriteAllText(evidence, """
            "9.5": {complies: yes, evidence: "Cllr Ann Reid is the Member Responsible for Complaints (Board minute 14/2026)"}
            "3.4": {complies: partly, evidence: "Published on the website; no easy-read version yet"}
            """);
        var response = Path.Combine(folder.Path, "response.txt");
        File.WriteAllText(response, "The Board accepts the report and asks for quarterly acknowledgement figures.");

        var (run, docx, html) = Write(folder, "--evidence", evidence, "--response", response);

        Assert.Equal(0, run.ExitCode);
        var rows = SelfAssessmentRows(docx).ToDictionary(r => r[0]);
        Assert.Equal(("Complies", "Landlord's evidence: Cllr Ann Reid is the Member Responsible for Complaints (Board minute 14/2026)"), (rows["9.5"][4], rows["9.5"][2]));
        Assert.Equal("Partly complies", rows["3.4"][4]);
        Assert.Equal("Complies", rows["8.2"][4]);
        Assert.Contains("<p>The Board accepts the report and asks for quarterly acknowledgement figures.</p>", File.ReadAllText(html), StringComparison.Ordinal);

        File.WriteAllText(evidence, "\"9.9\": {complies: yes, evidence: \"x\"}");
        var refused = Write(folder, "--evidence", evidence).Run;
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("provision '9.9', which is not a provision of the Complaint Handling Code (2024)", refused.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_figures_and_the_tenant_satisfaction_measures_by_tenure_are_the_hand_worked_ones()
    {
        using var folder = new TempFolder();
        var tables = Tables(Write(folder).Docx);

        Assert.Equal(["Stage 1", "10", "6", "4"], tables["Stage"][0]);
        Assert.Equal(["Stage 2", "2", "1", "1"], tables["Stage"][1]);
        var tsm = tables["Measure|Stage|Figure"];
        Assert.Contains(["CH01", "Stage 1", "4.00 per 1,000 homes", "10 complaints; 2,500 homes"], tsm);
        Assert.Contains(["CH02", "Stage 1", "83.3%", "5 of 6 responses within the Code's timescales"], tsm);
        var byTenure = tables["Measure|Stage|Tenure"];
        // Stage 1 received: LCRA B C F G I (5 of 2,000 homes), LCHO A D H (3 of 400).
        Assert.Contains(["CH01", "Stage 1", "LCRA", "2.50 per 1,000 homes", "5 complaints; 2,000 homes"], byTenure);
        Assert.Contains(["CH01", "Stage 1", "LCHO", "7.50 per 1,000 homes", "3 complaints; 400 homes"], byTenure);
    }

    [Fact]
    public async Task Learning_service_improvements_and_Ombudsman_determinations_recorded_on_cases_are_reported_and_judged()
    {
        // The seeded year with three complaints closed: A (upheld at stage 1, then to the Ombudsman) and D (not upheld)
        // without learning, B (partly upheld) with it.
        var all = await fixture.Cases.Services.GetRequiredService<ReportCases>().ReceivedBeforeAsync(AnnualReportBuilder.FinancialYear(2026).End);
        Case Ref(string reference) => all.Single(c => c.Reference.ToString() == reference);
        Ref("HOC-2026-00001").Close(new DateTimeOffset(2027, 1, 7, 10, 0, 0, TimeSpan.Zero));
        Ref("HOC-2026-00001").RecordOmbudsmanDetermination(new OmbudsmanDetermination(OmbudsmanFinding.ServiceFailure, new DateOnly(2027, 3, 1), "Pay £150.", 2, new DateTimeOffset(2027, 3, 2, 10, 0, 0, TimeSpan.Zero)));
        Ref("HOC-2026-00002").Close(new DateTimeOffset(2027, 1, 4, 10, 0, 0, TimeSpan.Zero), "Damp reports were closed without a return visit.", "A return visit six weeks after every damp repair.");
        Ref("HOC-2026-00004").Close(new DateTimeOffset(2027, 1, 4, 11, 0, 0, TimeSpan.Zero));
        var figures = fixture.Cases.Builder.Build(all, AnnualReportBuilder.FinancialYear(2026), SeededCases.HomesByTenure);

        var report = AnnualReportBuilder.Build(2026, Wch, figures, all, new Dictionary<string, LandlordEvidence>(), null, SeededCases.Now);

        var learnt = Assert.Single(report.Learning);
        Assert.Equal(("HOC-2026-00002", new DateOnly(2027, 1, 4), "A return visit six weeks after every damp repair."), (learnt.Reference, learnt.ClosedOn, learnt.ServiceImprovement));
        Assert.Equal(2, report.UpheldClosed);
        var row = report.SelfAssessment.Single(r => r.Provision == "9.1");
        Assert.Equal((AssessmentVerdict.PartlyComplies, "1 of the 2 upheld or partly upheld complaints closed in the year record what was learnt or a service improvement."), (row.Verdict, row.Data));
        var determination = Assert.Single(report.Ombudsman);
        Assert.Equal(("HOC-2026-00001", "service failure", true), (determination.Reference, determination.Finding, determination.Adverse));
        Assert.Equal("1 Housing Ombudsman determinations in the year, 1 with a finding of failure.", report.SelfAssessment.Single(r => r.Provision == "9.7").Data);
        var document = AnnualReportDocument.Write(report);
        Assert.Contains(document.Tables, t => t.Id == "learning" && t.Rows.Single()[5] == "A return visit six weeks after every damp repair.");
        Assert.Contains(document.Tables, t => t.Id == "ombudsman" && t.Rows.Single().SequenceEqual(["HOC-2026-00001", "1 March 2027", "service failure", "Pay £150."]));
    }

    [Fact]
    public void A_year_that_is_not_a_year_is_refused_with_a_message()
    {
        var run = CliRun.Of("annual-report", "--year", "last", "--out", Path.GetTempPath(), "--db", fixture.Cases.DatabasePath);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--year 'last' is not a year", run.Error, StringComparison.Ordinal);
    }

    /// <summary>The self-assessment tables' rows (Code, requirement, evidence, data, verdict, why), in order.</summary>
    private static List<List<string>> SelfAssessmentRows(string docxOrHtml)
    {
        if (docxOrHtml.EndsWith(".docx", StringComparison.Ordinal))
            return Tables(docxOrHtml).Where(t => t.Key.StartsWith("Code|Requirement|Evidence", StringComparison.Ordinal)).SelectMany(t => t.Value).ToList();
        return SelfAssessmentTable().Matches(docxOrHtml)
            .SelectMany(table => Row().Matches(table.Groups[1].Value))
            .Select(row => Cell().Matches(row.Groups[1].Value).Select(c => WebUtility.HtmlDecode(c.Groups[1].Value)).ToList())
            .ToList();
    }

    /// <summary>The DOCX's tables, keyed by their first three column headings joined by |; several under one key are joined.</summary>
    private static Dictionary<string, List<List<string>>> Tables(string docx)
    {
        using var document = WordprocessingDocument.Open(docx, false);
        var tables = new Dictionary<string, List<List<string>>>(StringComparer.Ordinal);
        foreach (var table in document.MainDocumentPart!.Document!.Body!.Elements<Table>())
        {
            var rows = table.Elements<TableRow>().Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToList()).ToList();
            var key = string.Join('|', rows[0].Take(3));
            if (!tables.TryGetValue(key, out var list)) tables[key] = list = [];
            list.AddRange(rows.Skip(1));
        }
        // The stage counts table is the only one whose headings start "Stage|Received".
        tables["Stage"] = tables["Stage|Received|Responded"];
        return tables;
    }

    [GeneratedRegex("<h[23]>(.*?)</h[23]>")]
    private static partial Regex Heading();

    [GeneratedRegex("<table id=\"self-assessment-\\d\">.*?<tbody>(.*?)</tbody>", RegexOptions.Singleline)]
    private static partial Regex SelfAssessmentTable();

    [GeneratedRegex("<tr>(.*?)</tr>", RegexOptions.Singleline)]
    private static partial Regex Row();

    [GeneratedRegex("<td>(.*?)</td>", RegexOptions.Singleline)]
    private static partial Regex Cell();
}
