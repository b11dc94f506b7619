using ComplaintsBot.Tests.Cli;

namespace ComplaintsBot.Tests.Reports;

/// <summary>
/// `self-assessment --year 2026`: the financial year 1 April 2026 to 31 March 2027 of the seeded store, under wch.
/// In that year: stage 1 received A B C D E F G H I N (10), stage 2 A I (2). Stage 1 acknowledged A B C D E F H I (8),
/// late by policy F and I, by the Code F only. Stage 1 answered A B C D F I (6), all
/// but F within the Code (83.3%); stage 2 answered A (6 Jan, due 7 Jan): 100.0%. Still unanswered and late on
/// 31 March 2027: stage 1 E G H N, stage 2 I.
/// </summary>
public sealed class SelfAssessmentTests(ReportFixture fixture) : IClassFixture<ReportFixture>
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
    public void Each_requirement_row_sets_what_the_policy_says_beside_what_the_data_shows()
    {
        var lines = Run().OutputLines;

        AssertRow("| Code 6.2 | Stage 1 acknowledged within 5 working days of receipt of the complaint | within 1 working day of receipt of the complaint | 8 acknowledgements: 75.0% within policy, 87.5% within the Code; 2 overdue at the end of the year | Meets the Code |", lines);
        AssertRow("| Code 6.3 | Stage 1 response within 10 working days of the Stage 1 acknowledgement | within 10 working days of the Stage 1 acknowledgement | 6 responses: 83.3% within policy, 83.3% within the Code; 4 overdue at the end of the year | Meets the Code |", lines);
        AssertRow("| Code 6.4 | Stage 1 extensions of no more than 10 working days, explained to the resident | up to 10 working days, approved by team-manager | 3 requested, 2 approved, 1 declined, 0 undecided at the end of the year | Meets the Code |", lines);
        Assert.Contains(lines, l => l.StartsWith("| Code 2.3 | Complaints raised within 12 months", StringComparison.Ordinal)
            && l.Contains("raised within 6 months", StringComparison.Ordinal)
            && l.EndsWith("| **Falls short** (`age-limit.limit`, `age-limit.counts-from`): the Code requires accepting complaints raised within 12 months of the issue occurring or the resident becoming aware of it |", StringComparison.Ordinal));
    }

    private static void AssertRow(string expected, string[] lines) =>
        Assert.True(lines.Contains(expected), $"no row\n{expected}\nin\n{string.Join('\n', lines.Where(l => l.StartsWith("| Code", StringComparison.Ordinal)))}");

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
