using ComplaintsBot.Cases.Deadlines;
using static ComplaintsBot.Cases.Tests.Deadlines.DeadlineAssert;

namespace ComplaintsBot.Cases.Tests.Deadlines;

// November 2026 is GMT; Monday 2 November to Monday 30 November are all working days except weekends.
public class HocDeadlineTests
{
    private static readonly DeadlineCalculator Calculator = new();
    private static readonly DateTimeOffset Now = At("2026-11-02T12:00:00Z");

    private static DeadlineSet Compute(CaseTimeline timeline, DateTimeOffset? now = null) =>
        Calculator.Compute(TestPolicies.Hoc, timeline, now ?? Now);

    [Fact]
    public void Hoc_stage1_acknowledgement_is_due_5_working_days_after_receipt()
    {
        var set = Compute(new CaseTimeline { Received = At("2026-11-02T10:00:00Z") });

        DueAtEndOf("2026-11-09", set.Get(DeadlineKind.Stage1Acknowledge));
        Assert.Equal(At("2026-11-09T23:59:59Z"), set.Get(DeadlineKind.Stage1Acknowledge).Due);
    }

    [Fact]
    public void Stage1_response_is_provisional_from_the_acknowledgement_due_date_until_the_acknowledgement_is_recorded()
    {
        var set = Compute(new CaseTimeline { Received = At("2026-11-02T10:00:00Z") });

        // Acknowledgement due Monday 9 November, then 10 working days.
        DueAtEndOf("2026-11-23", set.Get(DeadlineKind.Stage1Response), provisional: true);
    }

    [Fact]
    public void Stage1_response_runs_from_the_actual_acknowledgement_once_it_is_recorded()
    {
        var set = Compute(new CaseTimeline { Received = At("2026-11-02T10:00:00Z"), Stage1Acknowledged = At("2026-11-04T15:00:00Z") });

        DueAtEndOf("2026-11-18", set.Get(DeadlineKind.Stage1Response));
        Assert.Equal(DeadlineStatus.Met, set.Get(DeadlineKind.Stage1Acknowledge).Status);
    }

    [Fact]
    public void A_late_acknowledgement_is_met_late_and_pushes_the_stage1_response_back()
    {
        var set = Compute(new CaseTimeline { Received = At("2026-11-02T10:00:00Z"), Stage1Acknowledged = At("2026-11-12T09:00:00Z") }, At("2026-11-12T10:00:00Z"));

        Assert.Equal(DeadlineStatus.MetLate, set.Get(DeadlineKind.Stage1Acknowledge).Status);
        Assert.Null(set.Get(DeadlineKind.Stage1Acknowledge).WorkingDaysLeft);
        DueAtEndOf("2026-11-26", set.Get(DeadlineKind.Stage1Response));
    }

    [Fact]
    public void An_extension_of_10_working_days_moves_the_stage1_response_to_the_10th_working_day_after_its_due_date()
    {
        var set = Compute(new CaseTimeline
        {
            Received = At("2026-11-02T10:00:00Z"),
            Stage1Acknowledged = At("2026-11-04T15:00:00Z"),
            Stage1ExtensionWorkingDays = 10,
        });

        // Due Wednesday 18 November before the extension.
        DueAtEndOf("2026-12-02", set.Get(DeadlineKind.Stage1Response));
    }

    [Fact]
    public void A_complaint_before_escalation_has_only_stage1_deadlines()
    {
        var set = Compute(new CaseTimeline { Received = At("2026-11-02T10:00:00Z"), Stage1Response = At("2026-11-16T10:00:00Z") });

        Assert.Equal(["stage1-acknowledge", "stage1-response"], set.ToArray().Select(d => d.Name));
    }

    [Fact]
    public void The_code_sets_no_escalation_window_so_none_is_shown_after_the_stage1_response()
    {
        var set = Compute(new CaseTimeline { Received = At("2026-11-02T10:00:00Z"), Stage1Acknowledged = At("2026-11-03T10:00:00Z"), Stage1Response = At("2026-11-16T10:00:00Z") });

        Assert.Null(set.Find(DeadlineKind.EscalationWindow));
    }

    [Fact]
    public void Stage2_acknowledgement_is_due_5_working_days_after_the_escalation_request()
    {
        var set = Compute(Escalated(acknowledged: null), At("2026-12-07T12:00:00Z"));

        DueAtEndOf("2026-12-14", set.Get(DeadlineKind.Stage2Acknowledge));
    }

    [Fact]
    public void Stage2_response_is_provisional_20_working_days_after_the_acknowledgement_due_date_across_christmas()
    {
        var set = Compute(Escalated(acknowledged: null), At("2026-12-07T12:00:00Z"));

        // From Monday 14 December, skipping 25 and 28 December and 1 January.
        DueAtEndOf("2027-01-14", set.Get(DeadlineKind.Stage2Response), provisional: true);
    }

    [Fact]
    public void Stage2_response_is_due_20_working_days_after_the_actual_acknowledgement()
    {
        var set = Compute(Escalated(acknowledged: At("2026-12-09T10:00:00Z")), At("2026-12-09T12:00:00Z"));

        DueAtEndOf("2027-01-11", set.Get(DeadlineKind.Stage2Response));
    }

    [Fact]
    public void A_stage2_extension_of_20_working_days_runs_from_the_stage2_due_date()
    {
        var set = Compute(Escalated(acknowledged: At("2026-12-09T10:00:00Z")) with { Stage2ExtensionWorkingDays = 20 }, At("2026-12-09T12:00:00Z"));

        DueAtEndOf("2027-02-08", set.Get(DeadlineKind.Stage2Response));
    }

    [Fact]
    public void The_deadlines_of_an_escalated_complaint_are_listed_in_lifecycle_order()
    {
        var set = Compute(Escalated(acknowledged: null), At("2026-12-07T12:00:00Z"));

        Assert.Equal(["stage1-acknowledge", "stage1-response", "stage2-acknowledge", "stage2-response"], set.ToArray().Select(d => d.Name));
    }

    [Fact]
    public void The_code_has_no_quick_resolution_timescale_so_a_quick_resolution_case_has_no_deadlines()
    {
        var set = Compute(new CaseTimeline { Track = CaseTrack.QuickResolution, Received = At("2026-11-02T10:00:00Z") });

        Assert.Empty(set);
    }

    private static CaseTimeline Escalated(DateTimeOffset? acknowledged) => new()
    {
        Received = At("2026-11-02T10:00:00Z"),
        Stage1Acknowledged = At("2026-11-03T10:00:00Z"),
        Stage1Response = At("2026-11-16T10:00:00Z"),
        EscalationRequested = At("2026-12-07T09:00:00Z"),
        Stage2Acknowledged = acknowledged,
    };
}
