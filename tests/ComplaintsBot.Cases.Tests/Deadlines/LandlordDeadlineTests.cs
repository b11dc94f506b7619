using ComplaintsBot.Cases.Deadlines;
using ComplaintsBot.Cases.Policies;
using static ComplaintsBot.Cases.Tests.Deadlines.DeadlineAssert;

namespace ComplaintsBot.Cases.Tests.Deadlines;

public class LandlordDeadlineTests
{
    private static readonly DeadlineCalculator Calculator = new();

    // The file as loaded: cfp-2018 sets no acknowledgement, so it has the Code's (5 working days of the request).
    private static readonly Policy SeedCfp = ComplaintsBot.Cases.Tests.Policies.SeedPolicies.Get("cfp-2018");

    // --- wch ---

    [Fact]
    public void Wch_grumble_is_answered_within_3_working_days_and_has_no_other_deadline()
    {
        var set = Calculator.Compute(TestPolicies.Wch, new CaseTimeline { Track = CaseTrack.QuickResolution, Received = At("2026-11-20T16:00:00Z") }, At("2026-11-20T16:00:00Z"));

        Assert.Single(set);
        DueAtEndOf("2026-11-25", set.Get(DeadlineKind.QuickResponse));
    }

    [Fact]
    public void Wch_stage1_acknowledgement_of_a_christmas_eve_complaint_is_due_the_next_working_day_after_the_holidays()
    {
        var set = Calculator.Compute(TestPolicies.Wch, new CaseTimeline { Received = At("2026-12-24T11:00:00Z") }, At("2026-12-24T11:00:00Z"));

        // Friday 25 December and Monday 28 December (Boxing Day substitute) are bank holidays.
        DueAtEndOf("2026-12-29", set.Get(DeadlineKind.Stage1Acknowledge));
    }

    [Fact]
    public void Wch_escalation_window_closes_10_working_days_after_the_stage1_response()
    {
        var set = Calculator.Compute(TestPolicies.Wch, WchRespondedOn("2026-12-11T14:00:00Z"), At("2026-12-11T15:00:00Z"));

        DueAtEndOf("2026-12-29", set.Get(DeadlineKind.EscalationWindow));
    }

    [Fact]
    public void Wch_escalation_window_extended_on_request_closes_10_working_days_later()
    {
        var set = Calculator.Compute(TestPolicies.Wch, WchRespondedOn("2026-12-11T14:00:00Z") with { EscalationWindowExtended = true }, At("2026-12-11T15:00:00Z"));

        DueAtEndOf("2027-01-13", set.Get(DeadlineKind.EscalationWindow));
    }

    [Fact]
    public void Wch_sets_no_stage2_acknowledgement_so_the_stage2_response_is_provisional_from_the_escalation_request()
    {
        var timeline = WchRespondedOn("2026-12-11T14:00:00Z") with { EscalationRequested = At("2027-01-04T09:00:00Z") };

        var set = Calculator.Compute(TestPolicies.Wch, timeline, At("2027-01-04T10:00:00Z"));

        Assert.Null(set.Find(DeadlineKind.Stage2Acknowledge));
        DueAtEndOf("2027-01-25", set.Get(DeadlineKind.Stage2Response), provisional: true);
        // The window closed on Tuesday 29 December, so the 4 January request was late.
        Assert.Equal(DeadlineStatus.MetLate, set.Get(DeadlineKind.EscalationWindow).Status);
    }

    [Fact]
    public void Wch_stage2_response_is_due_15_working_days_after_the_stage2_acknowledgement()
    {
        var timeline = WchRespondedOn("2026-12-11T14:00:00Z") with
        {
            EscalationRequested = At("2027-01-04T09:00:00Z"),
            Stage2Acknowledged = At("2027-01-06T09:00:00Z"),
        };

        var set = Calculator.Compute(TestPolicies.Wch, timeline, At("2027-01-06T10:00:00Z"));

        DueAtEndOf("2027-01-27", set.Get(DeadlineKind.Stage2Response));
    }

    private static CaseTimeline WchRespondedOn(string response) => new()
    {
        Received = At("2026-11-23T09:00:00Z"),
        Stage1Acknowledged = At("2026-11-23T15:00:00Z"),
        Stage1Response = At(response),
    };

    // --- whg ---

    [Fact]
    public void Whg_escalation_window_closes_at_the_end_of_the_28th_calendar_day_after_the_stage1_response()
    {
        var set = Calculator.Compute(TestPolicies.Whg, WhgRespondedOn("2026-11-06T12:00:00Z"), At("2026-11-20T12:00:00Z"));

        var window = set.Get(DeadlineKind.EscalationWindow);
        DueAtEndOf("2026-12-04", window);
        Assert.Equal(DeadlineStatus.OnTrack, window.Status);
    }

    [Theory]
    [InlineData("2026-12-04T23:30:00Z", DeadlineStatus.Met)]
    [InlineData("2026-12-05T09:00:00Z", DeadlineStatus.MetLate)]
    public void Whg_an_escalation_request_after_the_window_is_recorded_as_late(string requested, DeadlineStatus expected)
    {
        var set = Calculator.Compute(TestPolicies.Whg, WhgRespondedOn("2026-11-06T12:00:00Z") with { EscalationRequested = At(requested) }, At("2026-12-07T12:00:00Z"));

        Assert.Equal(expected, set.Get(DeadlineKind.EscalationWindow).Status);
    }

    [Fact]
    public void Whg_escalation_window_shows_overdue_once_it_has_closed_without_a_request()
    {
        var set = Calculator.Compute(TestPolicies.Whg, WhgRespondedOn("2026-11-06T12:00:00Z"), At("2026-12-05T00:00:00Z"));

        Assert.Equal(DeadlineStatus.Overdue, set.Get(DeadlineKind.EscalationWindow).Status);
    }

    [Fact]
    public void Whg_stage2_response_is_due_20_working_days_after_the_escalation_request()
    {
        var set = Calculator.Compute(TestPolicies.Whg, WhgRespondedOn("2026-11-06T12:00:00Z") with { EscalationRequested = At("2026-12-07T09:00:00Z") }, At("2026-12-07T12:00:00Z"));

        DueAtEndOf("2026-12-14", set.Get(DeadlineKind.Stage2Acknowledge));
        DueAtEndOf("2027-01-07", set.Get(DeadlineKind.Stage2Response));
    }

    [Fact]
    public void Whg_stage2_response_does_not_move_when_the_stage2_acknowledgement_is_recorded()
    {
        var timeline = WhgRespondedOn("2026-11-06T12:00:00Z") with
        {
            EscalationRequested = At("2026-12-07T09:00:00Z"),
            Stage2Acknowledged = At("2026-12-11T09:00:00Z"),
        };

        var set = Calculator.Compute(TestPolicies.Whg, timeline, At("2026-12-11T12:00:00Z"));

        DueAtEndOf("2027-01-07", set.Get(DeadlineKind.Stage2Response));
    }

    [Fact]
    public void A_quick_resolution_category_without_a_timescale_has_no_deadline()
    {
        var policy = TestPolicies.Whg with { QuickResolution = new QuickResolution { CategoryId = "grumble", RespondWithin = null } };

        var set = Calculator.Compute(policy, new CaseTimeline { Track = CaseTrack.QuickResolution, Received = At("2026-11-02T09:00:00Z") }, At("2026-11-02T09:00:00Z"));

        Assert.Empty(set);
    }

    private static CaseTimeline WhgRespondedOn(string response) => new()
    {
        Received = At("2026-10-20T09:00:00Z"),
        Stage1Acknowledged = At("2026-10-21T09:00:00Z"),
        Stage1Response = At(response),
    };

    // --- cfp-2018 ---

    [Fact]
    public void Cfp_quick_resolution_is_due_24_hours_after_receipt_across_the_change_to_summer_time()
    {
        // Saturday 28 March 2026 10:00 GMT; clocks go forward at 01:00 GMT on Sunday 29 March.
        var set = Calculator.Compute(TestPolicies.Cfp, new CaseTimeline { Track = CaseTrack.QuickResolution, Received = At("2026-03-28T10:00:00Z") }, At("2026-03-29T09:00:00Z"));

        var quick = set.Get(DeadlineKind.QuickResponse);
        Assert.Equal(At("2026-03-29T10:00:00Z"), quick.Due);
        Assert.Equal(TimeSpan.FromHours(1), quick.Due.Offset);
        Assert.Equal(new DateOnly(2026, 3, 29), quick.DueDate);
        Assert.Equal(DeadlineStatus.DueToday, quick.Status);
    }

    [Fact]
    public void Cfp_quick_resolution_is_overdue_once_the_24_hours_have_passed()
    {
        var set = Calculator.Compute(TestPolicies.Cfp, new CaseTimeline { Track = CaseTrack.QuickResolution, Received = At("2026-03-28T10:00:00Z") }, At("2026-03-29T10:30:00Z"));

        Assert.Equal(DeadlineStatus.Overdue, set.Get(DeadlineKind.QuickResponse).Status);
    }

    [Fact]
    public void Cfp_quick_resolution_is_met_by_the_response()
    {
        var timeline = new CaseTimeline { Track = CaseTrack.QuickResolution, Received = At("2026-03-28T10:00:00Z"), Stage1Response = At("2026-03-28T17:00:00Z") };

        var set = Calculator.Compute(TestPolicies.Cfp, timeline, At("2026-03-30T10:30:00Z"));

        Assert.Equal(DeadlineStatus.Met, set.Get(DeadlineKind.QuickResponse).Status);
    }

    [Fact]
    public void Cfp_stage1_response_is_due_5_working_days_after_receipt_skipping_easter()
    {
        var set = Calculator.Compute(TestPolicies.Cfp, new CaseTimeline { Received = At("2026-04-02T09:00:00Z") }, At("2026-04-02T09:00:00Z"));

        Assert.Equal(["stage1-response"], set.ToArray().Select(d => d.Name));
        DueAtEndOf("2026-04-13", set.Get(DeadlineKind.Stage1Response));
        Assert.Equal(At("2026-04-13T22:59:59Z"), set.Get(DeadlineKind.Stage1Response).Due);
    }

    [Fact]
    public void Cfp_2018_stage2_response_7_calendar_days_after_the_request_ending_on_a_saturday_is_due_the_next_monday_across_the_change_to_winter_time()
    {
        var timeline = new CaseTimeline
        {
            Received = At("2026-10-01T09:00:00Z"),
            Stage1Response = At("2026-10-05T09:00:00Z"),
            EscalationRequested = At("2026-10-24T15:00:00Z"),
        };

        var set = Calculator.Compute(TestPolicies.Cfp, timeline, At("2026-10-24T15:00:00Z"));

        // Saturday 31 October is the 7th day; no one sends a response that day.
        DueAtEndOf("2026-11-02", set.Get(DeadlineKind.Stage2Response));
        Assert.Equal(At("2026-11-02T23:59:59Z"), set.Get(DeadlineKind.Stage2Response).Due);
    }

    [Fact]
    public void Cfp_2018_stage2_an_escalation_on_fri_18_dec_2026_is_answered_by_tue_29_dec_not_christmas_day_and_acknowledged_no_later()
    {
        var timeline = new CaseTimeline
        {
            Received = At("2026-11-02T09:00:00Z"),
            Stage1Response = At("2026-11-06T09:00:00Z"),
            EscalationRequested = At("2026-12-18T10:00:00Z"),
        };

        var set = Calculator.Compute(SeedCfp, timeline, At("2026-12-18T10:00:00Z"));

        // Day 7 is Friday 25 December; Monday 28 December is the Boxing Day bank holiday.
        DueAtEndOf("2026-12-29", set.Get(DeadlineKind.Stage2Response));
        DueAtEndOf("2026-12-29", set.Get(DeadlineKind.Stage2Acknowledge));
    }

    [Fact]
    public void Cfp_2018_stage2_acknowledgement_is_due_by_the_7_day_response_when_easter_pushes_5_working_days_past_it()
    {
        var timeline = new CaseTimeline
        {
            Received = At("2027-02-01T09:00:00Z"),
            Stage1Response = At("2027-02-05T09:00:00Z"),
            EscalationRequested = At("2027-03-24T10:00:00Z"),
        };

        var set = Calculator.Compute(SeedCfp, timeline, At("2027-03-24T10:00:00Z"));

        // 5 working days from Wed 24 March 2027 skip Good Friday and Easter Monday: Fri 2 April. The response is
        // due Wed 31 March, so the acknowledgement is too.
        DueAtEndOf("2027-03-31", set.Get(DeadlineKind.Stage2Response));
        DueAtEndOf("2027-03-31", set.Get(DeadlineKind.Stage2Acknowledge));
    }

    // --- tch-rosebery ---

    [Fact]
    public void Tch_contact_and_response_are_provisional_from_the_acknowledgement_due_date()
    {
        var set = Calculator.Compute(TestPolicies.TchRosebery, new CaseTimeline { Received = At("2026-11-16T10:00:00Z") }, At("2026-11-16T10:00:00Z"));

        DueAtEndOf("2026-11-18", set.Get(DeadlineKind.Stage1Acknowledge));
        DueAtEndOf("2026-11-23", set.Get(DeadlineKind.Stage1ContactCustomer), provisional: true);
        DueAtEndOf("2026-12-02", set.Get(DeadlineKind.Stage1Response), provisional: true);
    }

    [Fact]
    public void Tch_customer_is_contacted_within_3_working_days_of_the_actual_acknowledgement()
    {
        var timeline = new CaseTimeline { Received = At("2026-11-16T10:00:00Z"), Stage1Acknowledged = At("2026-11-17T10:00:00Z") };

        var set = Calculator.Compute(TestPolicies.TchRosebery, timeline, At("2026-11-17T12:00:00Z"));

        Assert.Equal(["stage1-acknowledge", "stage1-contact-customer", "stage1-response"], set.ToArray().Select(d => d.Name));
        DueAtEndOf("2026-11-20", set.Get(DeadlineKind.Stage1ContactCustomer));
        DueAtEndOf("2026-12-01", set.Get(DeadlineKind.Stage1Response));
    }

    [Fact]
    public void Tch_contact_deadline_is_met_by_a_recorded_contact_or_by_the_response()
    {
        var contacted = new CaseTimeline { Received = At("2026-11-16T10:00:00Z"), Stage1Acknowledged = At("2026-11-17T10:00:00Z"), Stage1CustomerContacted = At("2026-11-19T10:00:00Z") };
        var responded = new CaseTimeline { Received = At("2026-11-16T10:00:00Z"), Stage1Acknowledged = At("2026-11-17T10:00:00Z"), Stage1Response = At("2026-11-23T10:00:00Z") };

        Assert.Equal(DeadlineStatus.Met, Calculator.Compute(TestPolicies.TchRosebery, contacted, At("2026-11-24T10:00:00Z")).Get(DeadlineKind.Stage1ContactCustomer).Status);
        Assert.Equal(DeadlineStatus.MetLate, Calculator.Compute(TestPolicies.TchRosebery, responded, At("2026-11-24T10:00:00Z")).Get(DeadlineKind.Stage1ContactCustomer).Status);
    }

    [Fact]
    public void Tch_escalation_window_is_20_calendar_days_and_stage2_runs_2_then_10_working_days()
    {
        var timeline = new CaseTimeline
        {
            Received = At("2026-11-16T10:00:00Z"),
            Stage1Acknowledged = At("2026-11-17T10:00:00Z"),
            Stage1Response = At("2026-12-01T10:00:00Z"),
            EscalationRequested = At("2026-12-23T10:00:00Z"),
        };

        var set = Calculator.Compute(TestPolicies.TchRosebery, timeline, At("2026-12-23T12:00:00Z"));

        DueAtEndOf("2026-12-21", set.Get(DeadlineKind.EscalationWindow));
        Assert.Equal(DeadlineStatus.MetLate, set.Get(DeadlineKind.EscalationWindow).Status);
        DueAtEndOf("2026-12-29", set.Get(DeadlineKind.Stage2Acknowledge));
        DueAtEndOf("2027-01-13", set.Get(DeadlineKind.Stage2Response), provisional: true);
    }

    [Fact]
    public void Tch_quick_resolution_is_due_within_3_working_days()
    {
        var set = Calculator.Compute(TestPolicies.TchRosebery, new CaseTimeline { Track = CaseTrack.QuickResolution, Received = At("2026-12-23T10:00:00Z") }, At("2026-12-23T12:00:00Z"));

        DueAtEndOf("2026-12-30", set.Get(DeadlineKind.QuickResponse));
    }

    // --- his ---

    [Fact]
    public void His_stage1_acknowledgement_skips_the_platinum_jubilee_days_and_ends_at_23_59_59_bst()
    {
        var set = Calculator.Compute(TestPolicies.His, new CaseTimeline { Received = At("2022-05-31T08:00:00Z") }, At("2022-05-31T09:00:00Z"));

        var acknowledge = set.Get(DeadlineKind.Stage1Acknowledge);
        DueAtEndOf("2022-06-06", acknowledge);
        Assert.Equal(At("2022-06-06T22:59:59Z"), acknowledge.Due);
        DueAtEndOf("2022-06-20", set.Get(DeadlineKind.Stage1Response), provisional: true);
    }

    [Fact]
    public void His_stage1_acknowledgement_skips_the_coronation_bank_holiday()
    {
        var set = Calculator.Compute(TestPolicies.His, new CaseTimeline { Received = At("2023-05-05T08:00:00Z") }, At("2023-05-05T09:00:00Z"));

        DueAtEndOf("2023-05-10", set.Get(DeadlineKind.Stage1Acknowledge));
    }

    [Fact]
    public void His_stage2_acknowledgement_skips_the_state_funeral_and_the_response_follows_20_working_days_later()
    {
        var timeline = new CaseTimeline
        {
            Received = At("2022-08-01T08:00:00Z"),
            Stage1Acknowledged = At("2022-08-02T08:00:00Z"),
            Stage1Response = At("2022-08-15T08:00:00Z"),
            EscalationRequested = At("2022-09-16T08:00:00Z"),
        };

        var set = Calculator.Compute(TestPolicies.His, timeline, At("2022-09-16T09:00:00Z"));

        DueAtEndOf("2022-09-26", set.Get(DeadlineKind.Stage2Acknowledge));
        DueAtEndOf("2022-10-24", set.Get(DeadlineKind.Stage2Response), provisional: true);
        Assert.Equal(At("2022-10-24T22:59:59Z"), set.Get(DeadlineKind.Stage2Response).Due);
    }
}
