using ComplaintsBot.Cases.Deadlines;
using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Cases.Time;

namespace ComplaintsBot.Cases.Tests.Deadlines;

public class AgeLimitCheckTests
{
    private static readonly AgeLimit SixMonthsDiscretionary = new() { Limit = Timescale.Months(6), Discretionary = true, Explanation = "Over six months." };
    private static readonly AgeLimit TwelveMonthsAbsolute = new() { Limit = Timescale.Months(12), Discretionary = false, Explanation = "Over 12 months." };

    private static DateOnly D(string text) => DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2026-08-31", "2026-02-28")] // 31 August, 6 months: clamped to the end of February
    [InlineData("2024-08-31", "2024-02-29")] // ...in a leap year
    [InlineData("2026-08-15", "2026-02-15")]
    [InlineData("2027-03-31", "2026-09-30")]
    public void Within_6_months_means_no_earlier_than_the_same_day_6_months_before_receipt_clamped_to_the_month_end(string received, string earliest)
    {
        var result = AgeLimitCheck.Check(SixMonthsDiscretionary, D(received), D(earliest));

        Assert.Equal(D(earliest), result.EarliestInTime);
        Assert.Equal(AgeLimitOutcome.InTime, result.Outcome);
        Assert.Equal(AgeLimitOutcome.OutOfTimeAtDiscretion, AgeLimitCheck.Check(SixMonthsDiscretionary, D(received), D(earliest).AddDays(-1)).Outcome);
    }

    [Theory]
    [InlineData("2024-02-29", "2023-02-28")]
    [InlineData("2025-02-28", "2024-02-28")]
    [InlineData("2025-03-01", "2024-03-01")]
    public void Within_12_months_around_29_february(string received, string earliest) =>
        Assert.Equal(D(earliest), AgeLimitCheck.Check(TwelveMonthsAbsolute, D(received), D(earliest)).EarliestInTime);

    [Fact]
    public void An_issue_too_old_under_an_absolute_limit_is_out_of_time()
    {
        var result = AgeLimitCheck.Check(TwelveMonthsAbsolute, D("2026-11-24"), D("2025-11-23"));

        Assert.Equal(AgeLimitOutcome.OutOfTime, result.Outcome);
        Assert.False(result.Accepted);
    }

    [Fact]
    public void An_issue_too_old_under_a_discretionary_limit_goes_to_a_manager()
    {
        var result = AgeLimitCheck.Check(SixMonthsDiscretionary, D("2026-11-24"), D("2026-01-10"));

        Assert.Equal(AgeLimitOutcome.OutOfTimeAtDiscretion, result.Outcome);
        Assert.False(result.Accepted);
    }

    [Fact]
    public void His_a_13_month_old_issue_is_out_of_time_whenever_the_customer_became_aware_because_his_counts_from_the_issue()
    {
        var his = PolicyCatalog.Load().Get("his").AgeLimit;
        var result = AgeLimitCheck.Check(his, D("2026-11-24"), occurred: D("2025-10-20"), becameAware: D("2026-06-01"));

        Assert.Equal((AgeLimitBasis.Issue, AgeLimitOutcome.OutOfTime, D("2025-10-20")), (his.CountsFrom, result.Outcome, result.IssueDate));
    }

    [Fact]
    public void A_limit_counted_from_awareness_uses_the_awareness_date_even_when_it_is_earlier_than_the_issue_date_given()
    {
        var fromAwareness = TwelveMonthsAbsolute with { CountsFrom = AgeLimitBasis.Awareness };
        Assert.Equal(D("2026-06-01"), AgeLimitCheck.Check(fromAwareness, D("2026-11-24"), D("2024-03-01"), D("2026-06-01")).IssueDate);
        Assert.Equal(D("2024-03-01"), AgeLimitCheck.Check(fromAwareness, D("2026-11-24"), D("2024-03-01")).IssueDate);
    }

    [Fact]
    public void Code_2_3_the_limit_runs_from_when_the_customer_became_aware_of_the_issue_when_that_is_later()
    {
        var result = AgeLimitCheck.Check(TwelveMonthsAbsolute, D("2026-11-24"), occurred: D("2024-03-01"), becameAware: D("2026-06-01"));

        Assert.Equal(AgeLimitOutcome.InTime, result.Outcome);
        Assert.Equal(D("2026-06-01"), result.IssueDate);
    }

    [Fact]
    public void A_safeguarding_concern_lifts_the_limit_where_the_policy_makes_it_an_exception()
    {
        var result = AgeLimitCheck.Check(TestPolicies.Whg.AgeLimit, D("2026-11-24"), D("2025-01-10"), concerns: ["Safeguarding"]);

        Assert.Equal(AgeLimitOutcome.ExceptionApplies, result.Outcome);
        Assert.Equal("safeguarding", result.Exception);
        Assert.True(result.Accepted);
    }

    [Fact]
    public void Tch_2_a_good_reason_leaves_an_issue_over_6_months_old_to_the_customer_experience_managers_discretion()
    {
        var tch = PolicyCatalog.Load().Get("tch-rosebery").AgeLimit;

        var result = AgeLimitCheck.Check(tch, D("2026-11-24"), D("2026-01-10"), concerns: ["ongoing-issue"]);

        // The good reason goes to the decider with the complaint; it does not let the complaint in by itself.
        Assert.Equal((AgeLimitOutcome.OutOfTimeAtDiscretion, "ongoing-issue"), (result.Outcome, result.Exception));
        Assert.False(result.Accepted);
        Assert.Equal(AgeLimitOutcome.ExceptionApplies, AgeLimitCheck.Check(tch with { ExceptionsGoToDecider = false }, D("2026-11-24"), D("2026-01-10"), concerns: ["ongoing-issue"]).Outcome);
    }

    [Fact]
    public void A_concern_the_policy_does_not_list_leaves_the_issue_out_of_time()
    {
        var result = AgeLimitCheck.Check(TestPolicies.Whg.AgeLimit, D("2026-11-24"), D("2025-01-10"), concerns: ["rent"]);

        Assert.Equal(AgeLimitOutcome.OutOfTime, result.Outcome);
    }

    [Fact]
    public void A_policy_without_a_limit_accepts_any_age()
    {
        var result = AgeLimitCheck.Check(new AgeLimit { Discretionary = false, Explanation = "None." }, D("2026-11-24"), D("2001-01-01"));

        Assert.Equal(AgeLimitOutcome.NoLimit, result.Outcome);
        Assert.Null(result.EarliestInTime);
    }

    [Fact]
    public void An_issue_dated_after_receipt_is_refused_with_both_dates()
    {
        var error = Assert.Throws<ArgumentException>(() => AgeLimitCheck.Check(SixMonthsDiscretionary, D("2026-11-24"), D("2026-11-25")));

        Assert.Contains("2026-11-25", error.Message);
        Assert.Contains("2026-11-24", error.Message);
    }
}
