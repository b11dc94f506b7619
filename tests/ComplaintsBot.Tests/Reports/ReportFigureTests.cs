using ComplaintsBot.Reports;

namespace ComplaintsBot.Tests.Reports;

/// <summary>
/// The December 2026 figures of the seeded data set, worked out by hand (the reasoning per case is in
/// <see cref="SeededCases"/>). Received in December: B C D E F G H I (complaints), J K (compliments),
/// L (grumble), M (service request); A came in November, N in January.
/// </summary>
public sealed class ReportFigureTests(ReportFixture fixture) : IClassFixture<ReportFixture>
{
    private ComplaintsReport Report => fixture.December;

    [Fact]
    public void Contacts_received_in_the_period_are_counted_by_category_most_first()
    {
        Assert.Equal([new("complaint", 8), new("compliment", 2), new("grumble", 1), new("service-request", 1)], Report.ContactsByCategory);
    }

    [Fact]
    public void Contacts_are_counted_by_service_area_theme_and_channel_with_unrecorded_values_as_none()
    {
        Assert.Equal([new("Repairs", 8), new("Estates", 2), new("Housing Management", 2)], Report.ContactsByServiceArea);
        Assert.Equal(
            [new("Damp", 3), new("Heating", 3), new("(none)", 2), new("Cleaning", 2), new("ASB", 1), new("Noise", 1)],
            Report.ContactsByTheme);
        Assert.Equal([new("Phone", 5), new("Email", 3), new("Web", 2), new("InPerson", 1), new("Letter", 1)], Report.ContactsByChannel);
    }

    [Fact]
    public void Complaints_by_stage_count_stages_opened_and_answered_in_the_period_and_those_still_open_at_its_end()
    {
        // Stage 1 answered in December: A (opened in November), B, D, F, I. Open at the end: C and H (answered in
        // January or not at all), E (extended), G (never acknowledged). Stage 2: A and I escalated, neither answered by 31 Dec.
        Assert.Equal([new(1, 8, 5, 4), new(2, 2, 0, 2)], Report.ComplaintsByStage);
    }

    [Fact]
    public void Compliments_are_set_against_complaints_received()
    {
        Assert.Equal(new FeedbackBalanceRow(2, 8, 0.25m), Report.ComplimentsAndComplaints);
    }

    [Fact]
    public void Stage1_acknowledgements_are_judged_by_the_cases_own_policy_and_by_the_Code()
    {
        // Made in December: B C D E F H I. Late by policy: F (hoc, due 9 Dec) and I (wch 1 wd, due 7 Dec);
        // by the Code only F (I's Code due date is 11 Dec). H, received on Christmas Eve, is in time on 29 Dec
        // because 25 and 28 December are bank holidays. G was never acknowledged and is overdue at the end.
        Assert.Equal(new TimelinessRow(1, "acknowledgement", 7, 5, 71.4m, 6, 85.7m, 1), Report.TimelinessOf(1, "acknowledgement"));
    }

    [Fact]
    public void Stage1_responses_in_time_include_one_due_after_the_Christmas_bank_holidays_and_exclude_one_answered_late()
    {
        // Made in December: A B D F I. D answered 30 Dec is in time (due 30 Dec, not 28 Dec); F answered 29 Dec
        // was due 24 Dec after its extension was declined. G's response (due provisionally 30 Dec) is overdue at the end.
        Assert.Equal(new TimelinessRow(1, "response", 5, 4, 80.0m, 4, 80.0m, 1), Report.TimelinessOf(1, "response"));
    }

    [Fact]
    public void Stage2_figures_count_acknowledgements_due_after_the_bank_holidays_and_leave_unanswered_stages_out_of_the_shares()
    {
        // A acknowledged 7 Dec (due 11 Dec); I acknowledged 31 Dec 17:00 (due 31 Dec: 5 wd from 22 Dec skipping 25 and 28 Dec).
        Assert.Equal(new TimelinessRow(2, "acknowledgement", 2, 2, 100.0m, 2, 100.0m, 0), Report.TimelinessOf(2, "acknowledgement"));
        // A's stage 2 answer came on 6 Jan 2027, after the period: nothing answered, no share, nothing overdue.
        Assert.Equal(new TimelinessRow(2, "response", 0, 0, null, 0, null, 0), Report.TimelinessOf(2, "response"));
    }

    [Fact]
    public void Extensions_are_counted_when_asked_for_and_when_decided_and_one_decided_after_the_period_is_pending_at_its_end()
    {
        // Asked in December: E (approved 21 Dec), F (declined 22 Dec), H (asked 31 Dec, approved 4 Jan 2027).
        Assert.Equal([new(1, 3, 1, 1, 1), new(2, 0, 0, 0, 0)], Report.Extensions);
    }

    [Fact]
    public void Outcomes_and_compensation_come_from_responses_made_in_the_period()
    {
        // A upheld £50, B partly upheld £25.50, D not upheld, F upheld £100, I not upheld. C's £10 came in January.
        Assert.Equal([new(1, 2, 1, 2), new(2, 0, 0, 0)], Report.Outcomes);
        Assert.Equal([new(1, 3, 175.50m), new(2, 0, 0m)], Report.Compensation);
    }

    [Fact]
    public void Tsm_CH01_is_complaints_received_per_1000_homes_and_CH02_the_share_answered_within_the_Codes_timescales()
    {
        Assert.Equal(new TenantSatisfactionMeasureRow("CH01", 1, 8, 2500, 3.20m), Report.Measure("CH01", 1));
        Assert.Equal(new TenantSatisfactionMeasureRow("CH01", 2, 2, 2500, 0.80m), Report.Measure("CH01", 2));
        Assert.Equal(new TenantSatisfactionMeasureRow("CH02", 1, 4, 5, 80.0m), Report.Measure("CH02", 1));
        Assert.Equal(new TenantSatisfactionMeasureRow("CH02", 2, 0, 0, null), Report.Measure("CH02", 2));
    }

    [Fact]
    public void Tsm_CH01_by_tenure_counts_each_tenures_complaints_per_1000_of_its_homes_and_other_has_no_rate()
    {
        // Stage 1 opened in December: B C F G I (LCRA: 5 of 2,000 homes), D H (LCHO: 2 of 400), E (other).
        Assert.Equal(new TenureMeasureRow("CH01", 1, "LCRA", 5, 2000, 2.50m), Report.Measure("CH01", 1, "LCRA"));
        Assert.Equal(new TenureMeasureRow("CH01", 1, "LCHO", 2, 400, 5.00m), Report.Measure("CH01", 1, "LCHO"));
        Assert.Equal(new TenureMeasureRow("CH01", 1, "other", 1, null, null), Report.Measure("CH01", 1, "other"));
        // Stage 2 opened in December: I (LCRA) and A (LCHO; its stage 1 opened in November).
        Assert.Equal(new TenureMeasureRow("CH01", 2, "LCRA", 1, 2000, 0.50m), Report.Measure("CH01", 2, "LCRA"));
        Assert.Equal(new TenureMeasureRow("CH01", 2, "LCHO", 1, 400, 2.50m), Report.Measure("CH01", 2, "LCHO"));
        Assert.Equal(new TenureMeasureRow("CH01", 2, "other", 0, null, null), Report.Measure("CH01", 2, "other"));
    }

    [Fact]
    public void Tsm_CH02_by_tenure_shares_each_tenures_stage_responses_made_within_the_Codes_timescales()
    {
        // Stage 1 answered in December: B I in time and F late (LCRA: 2 of 3), A D in time (LCHO: 2 of 2); E, the
        // only other complaint, was not answered. No stage 2 response was made in December.
        Assert.Equal(new TenureMeasureRow("CH02", 1, "LCRA", 2, 3, 66.7m), Report.Measure("CH02", 1, "LCRA"));
        Assert.Equal(new TenureMeasureRow("CH02", 1, "LCHO", 2, 2, 100.0m), Report.Measure("CH02", 1, "LCHO"));
        Assert.Equal(new TenureMeasureRow("CH02", 1, "other", 0, 0, null), Report.Measure("CH02", 1, "other"));
        Assert.All(["LCRA", "LCHO", "other"], tenure => Assert.Equal(new TenureMeasureRow("CH02", 2, tenure, 0, 0, null), Report.Measure("CH02", 2, tenure)));
        // The tenures add up to the measures over every complaint.
        foreach (var measure in new[] { "CH01", "CH02" })
            foreach (var stage in new[] { 1, 2 })
                Assert.Equal(Report.Measure(measure, stage).Numerator,
                    Report.TenantSatisfactionMeasuresByTenure.Where(m => m.Measure == measure && m.Stage == stage).Sum(m => m.Numerator));
    }

    [Fact]
    public void Repeat_themes_are_the_same_theme_raised_more_than_once_for_one_property_or_one_named_customer()
    {
        Assert.Equal(
        [
            new("Cleaning", "property", "T-400", 2, "HOC-2026-00007 WCH-2026-00004"),
            new("Damp", "property", "T-100", 2, "HOC-2026-00002 HOC-2026-00003"),
            new("Heating", "property", "T-300", 3, "HOC-2026-00005 HOC-2026-00006 HOC-2026-00009"),
            new("Cleaning", "customer", "Dan Dee", 2, "HOC-2026-00007 WCH-2026-00004"),
            new("Damp", "customer", "Ann Able", 2, "HOC-2026-00002 HOC-2026-00003"),
            new("Heating", "customer", "Cara Cole", 2, "HOC-2026-00005 HOC-2026-00006"),
        ], Report.RepeatThemes);
    }

    [Fact]
    public async Task Without_the_number_of_homes_CH01_has_counts_but_no_rate()
    {
        var report = await fixture.Cases.Builder.BuildAsync(SeededCases.December2026, homes: null);

        Assert.Equal(new TenantSatisfactionMeasureRow("CH01", 1, 8, null, null), report.Measure("CH01", 1));
    }

    [Fact]
    public async Task A_period_of_January_2027_sees_the_answers_given_after_December()
    {
        var report = await fixture.Cases.Builder.BuildAsync(new ReportPeriod(new DateOnly(2027, 1, 1), new DateOnly(2027, 1, 31)), SeededCases.Homes);

        // Received: N. Stage 1 answered: C (5 Jan, due 6 Jan: in time); still open on 31 Jan: E G H N.
        // Stage 2 answered: A (6 Jan, due 7 Jan); I still open.
        Assert.Equal([new(1, 1, 1, 4), new(2, 0, 1, 1)], report.ComplaintsByStage);
        Assert.Equal(new TenantSatisfactionMeasureRow("CH02", 1, 1, 1, 100.0m), report.Measure("CH02", 1));
        Assert.Equal(new TenantSatisfactionMeasureRow("CH02", 2, 1, 1, 100.0m), report.Measure("CH02", 2));
    }
}
