using System.Text.RegularExpressions;
using ComplaintsBot.Cases.Policies.Compliance;
using ComplaintsBot.Tests.Cli;
using ComplaintsBot.Tests.Hosting;

namespace ComplaintsBot.Tests.Reports;

/// <summary>
/// `self-assessment --year 2026`: the financial year 1 April 2026 to 31 March 2027 of the seeded store, under wch.
/// In that year: stage 1 received A B C D E F G H I N (10), stage 2 A I (2). Stage 1 acknowledged A B C D E F H I (8),
/// late by policy F and I, by the Code F only. Stage 1 answered A B C D F I (6), all
/// but F within the Code (83.3%); stage 2 answered A (6 Jan, due 7 Jan): 100.0%. Still unanswered and late on
/// 31 March 2027: stage 1 E G H N, stage 2 I.
/// </summary>
public sealed partial class SelfAssessmentTests(ReportFixture fixture) : IClassFixture<ReportFixture>
{
    private CliRun Run(params string[] args) =>
        CliRun.Of(["self-assessment", "--year", "2026", "--policy", "wch", "--homes", "2500", "--db", fixture.Cases.DatabasePath, .. args]);

    [Fact]
    public void The_document_names_the_landlord_policy_and_financial_year()
    {
        var run = Run();

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("# Complaint Handling Code self-assessment, 1 April 2026 to 31 March 2027\n", run.Output, StringComparison.Ordinal);
        Assert.Contains("**Landlord:** Watford Community Housing", run.Output, StringComparison.Ordinal);
        Assert.Contains("In the year 10 stage 1 and 2 stage 2 complaints were received; 83.3% of stage 1 and 100.0% of stage 2 responses were within the Code's timescales (TSM CH02).", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_provision_of_the_form_appears_once_in_the_form_s_order_under_its_section()
    {
        var lines = Run().OutputLines;

        var rows = Row().Matches(string.Join('\n', lines)).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(AnnualReportTests.FormProvisions, rows);
        var sections = lines.Where(l => l.StartsWith("### Section ", StringComparison.Ordinal)).ToList();
        Assert.Equal(["### Section 1: Definition of a complaint", "### Section 2: Exclusions", "### Section 3: Accessibility and awareness",
            "### Section 4: Complaint handling staff", "### Section 5: The complaint handling process", "### Section 6: Complaint stages",
            "### Section 7: Putting things right", "### Section 8: Self-assessment, reporting and compliance",
            "### Section 9: Scrutiny and oversight: continuous learning and improvement"], sections);
        Assert.Contains(lines, l => l.StartsWith("Of the 72 provisions of the Code's self-assessment form, ", StringComparison.Ordinal));
    }

    [Fact]
    public void Each_row_is_the_annual_report_s_assessment_policy_clause_records_and_verdict()
    {
        var lines = Run().OutputLines;

        // wch acknowledges within one working day (WCH 5.2.1): the policy meets Code 6.2, the year's records do not.
        AssertRow($"| 6.2 | {SelfAssessmentForm.Provision("6.2").Requirement} | WCH 5.2.1: \u201cWe will acknowledge and log the complaint within one working day of its receipt\u201d. | 7 of 8 stage 1 acknowledgements within the Code's timescale (87.5%); 2 overdue at the end of the year. | **Partly complies**: The policy meets the Code, but 3 stage 1 acknowledgements were late or overdue. |", lines);
        // Six months to complain (WCH 4.6.3) falls short of the Code's twelve: policy check's breach.
        Assert.Contains(lines, l => l.StartsWith("| 2.3 | ", StringComparison.Ordinal) && l.Contains("WCH 4.6.3", StringComparison.Ordinal) && l.Contains("| **Does not comply**: ", StringComparison.Ordinal));
        // Nothing in the policy file or the records can show a Member Responsible for Complaints.
        AssertRow($"| 9.5 | {SelfAssessmentForm.Provision("9.5").Requirement} | The policy file does not record this. |  | **Landlord to evidence**: Neither the policy file nor the case records can show this; add the landlord's evidence. |", lines);
    }

    [Fact]
    public void The_landlord_s_evidence_goes_in_as_it_does_in_the_annual_report()
    {
        using var folder = new TempFolder();
        var evidence = Path.Combine(folder.Path, "evidence.yaml");
        File.WriteAllText(evidence, "\"9.5\": {complies: yes, evidence: \"Cllr Ann Reid is the Member Responsible for Complaints (Board minute 14/2026)\"}");

        var lines = Run("--evidence", evidence).OutputLines;

        AssertRow($"| 9.5 | {SelfAssessmentForm.Provision("9.5").Requirement} | Landlord's evidence: Cllr Ann Reid is the Member Responsible for Complaints (Board minute 14/2026) |  | **Complies**: As the landlord's evidence shows. |", lines);
    }

    private static void AssertRow(string expected, string[] lines) =>
        Assert.True(lines.Contains(expected), $"no row\n{expected}\nin\n{string.Join('\n', lines.Where(l => Row().IsMatch(l)))}");

    [GeneratedRegex(@"^\| (\d+\.\d+) \|", RegexOptions.Multiline)]
    private static partial Regex Row();

    [Fact]
    public void The_tenant_satisfaction_measures_are_given_with_their_basis()
    {
        var lines = Run().OutputLines;

        Assert.Contains("| CH01 | 1 | 4.00 per 1,000 homes | 10 complaints; 2,500 homes |", lines);
        Assert.Contains("| CH02 | 1 | 83.3% | 5 of 6 responses within the Code's timescales |", lines);
        Assert.Contains("| CH02 | 2 | 100.0% | 1 of 1 responses within the Code's timescales |", lines);
    }

    [Fact]
    public void A_bad_year_is_refused_with_a_message()
    {
        var run = CliRun.Of("self-assessment", "--year", "last", "--db", fixture.Cases.DatabasePath);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--year 'last' is not a year", run.Error, StringComparison.Ordinal);
    }
}
