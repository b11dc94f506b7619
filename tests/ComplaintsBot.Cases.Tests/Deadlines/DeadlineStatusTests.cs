using ComplaintsBot.Cases.Deadlines;
using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Cases.Time;
using Microsoft.Extensions.Time.Testing;
using static ComplaintsBot.Cases.Tests.Deadlines.DeadlineAssert;

namespace ComplaintsBot.Cases.Tests.Deadlines;

// The Code's stage 1 acknowledgement for a complaint received Monday 2 November 2026 is due Monday 9 November;
// the test policies warn 2 working days ahead.
public class DeadlineStatusTests
{
    private static readonly DeadlineCalculator Calculator = new();
    private static readonly CaseTimeline Received = new() { Received = At("2026-11-02T10:00:00Z") };

    private static CaseDeadline Acknowledgement(DateTimeOffset now, CaseTimeline? timeline = null) =>
        Calculator.Compute(TestPolicies.Hoc, timeline ?? Received, now).Get(DeadlineKind.Stage1Acknowledge);

    [Theory]
    [InlineData("2026-11-03T12:00:00Z", DeadlineStatus.OnTrack, 4)]
    [InlineData("2026-11-04T23:59:59Z", DeadlineStatus.OnTrack, 3)]
    [InlineData("2026-11-05T00:00:00Z", DeadlineStatus.DueSoon, 2)]
    [InlineData("2026-11-07T12:00:00Z", DeadlineStatus.DueSoon, 1)] // Saturday
    [InlineData("2026-11-09T00:00:00Z", DeadlineStatus.DueToday, 0)]
    [InlineData("2026-11-09T23:59:59.500Z", DeadlineStatus.DueToday, 0)]
    [InlineData("2026-11-10T00:00:00Z", DeadlineStatus.Overdue, -1)]
    [InlineData("2026-11-16T09:00:00Z", DeadlineStatus.Overdue, -5)]
    public void Status_follows_the_clock_with_a_warning_window_of_2_working_days(string now, DeadlineStatus status, int workingDaysLeft)
    {
        var deadline = Acknowledgement(At(now));

        Assert.Equal(status, deadline.Status);
        Assert.Equal(workingDaysLeft, deadline.WorkingDaysLeft);
    }

    [Theory]
    [InlineData("2026-11-09T23:59:59Z", DeadlineStatus.Met)]
    [InlineData("2026-11-10T00:00:00Z", DeadlineStatus.MetLate)]
    public void An_event_on_the_due_day_up_to_23_59_59_london_meets_the_deadline(string acknowledged, DeadlineStatus status)
    {
        var deadline = Acknowledgement(At("2026-11-20T12:00:00Z"), Received with { Stage1Acknowledged = At(acknowledged) });

        Assert.Equal(status, deadline.Status);
        Assert.Equal(At(acknowledged), deadline.MetAt);
    }

    [Fact]
    public void In_summer_the_due_day_ends_at_22_59_59_utc_so_an_hour_later_is_overdue()
    {
        var timeline = new CaseTimeline { Received = At("2026-06-01T09:00:00Z") };

        Assert.Equal(DeadlineStatus.DueToday, Calculator.Compute(TestPolicies.Hoc, timeline, At("2026-06-08T22:59:00Z")).Get(DeadlineKind.Stage1Acknowledge).Status);
        Assert.Equal(DeadlineStatus.Overdue, Calculator.Compute(TestPolicies.Hoc, timeline, At("2026-06-08T23:30:00Z")).Get(DeadlineKind.Stage1Acknowledge).Status);
    }

    [Theory]
    [InlineData("2026-10-23T09:00:00Z", "2026-10-30T23:59:59Z", 0)] // received in BST, due in GMT
    [InlineData("2026-03-24T10:00:00Z", "2026-03-31T22:59:59Z", 1)] // received in GMT, due in BST
    public void A_deadline_across_a_clock_change_ends_at_23_59_59_london_in_the_offset_of_its_due_day(string received, string due, int offsetHours)
    {
        var acknowledge = Calculator.Compute(TestPolicies.Hoc, new CaseTimeline { Received = At(received) }, At(received)).Get(DeadlineKind.Stage1Acknowledge);

        Assert.Equal(At(due), acknowledge.Due);
        Assert.Equal(TimeSpan.FromHours(offsetHours), acknowledge.Due.Offset);
    }

    [Fact]
    public void The_day_of_receipt_never_counts_even_late_in_the_evening()
    {
        // 23:30 BST on Monday 1 June is still 1 June in London, though 22:30 UTC.
        var set = Calculator.Compute(TestPolicies.Hoc, new CaseTimeline { Received = At("2026-06-01T22:30:00Z") }, At("2026-06-01T22:30:00Z"));

        DueAtEndOf("2026-06-08", set.Get(DeadlineKind.Stage1Acknowledge));
    }

    [Fact]
    public void A_complaint_received_just_after_midnight_london_in_summer_counts_from_that_london_day()
    {
        // 23:30 UTC on Monday 1 June is 00:30 BST on Tuesday 2 June.
        var set = Calculator.Compute(TestPolicies.Hoc, new CaseTimeline { Received = At("2026-06-01T23:30:00Z") }, At("2026-06-01T23:30:00Z"));

        DueAtEndOf("2026-06-09", set.Get(DeadlineKind.Stage1Acknowledge));
    }

    [Fact]
    public void A_complaint_received_at_the_weekend_counts_from_the_weekend_day_itself()
    {
        var set = Calculator.Compute(TestPolicies.Hoc, new CaseTimeline { Received = At("2026-11-07T10:00:00Z") }, At("2026-11-07T10:00:00Z"));

        // Saturday 7 November: five working days are Monday 9 to Friday 13.
        DueAtEndOf("2026-11-13", set.Get(DeadlineKind.Stage1Acknowledge));
    }

    [Fact]
    public void The_injected_clock_decides_the_status()
    {
        var clock = new FakeTimeProvider(At("2026-11-09T12:00:00Z"));

        var set = Calculator.Compute(TestPolicies.Hoc, Received, clock);

        Assert.Equal(DeadlineStatus.DueToday, set.Get(DeadlineKind.Stage1Acknowledge).Status);
    }

    [Fact]
    public void A_calendar_with_closure_days_pushes_deadlines_past_the_closure()
    {
        var closed = new DeadlineCalculator(new WorkingDayCalendar([new DateOnly(2026, 12, 29), new DateOnly(2026, 12, 30), new DateOnly(2026, 12, 31)]));

        var set = closed.Compute(TestPolicies.Wch, new CaseTimeline { Received = At("2026-12-24T11:00:00Z") }, At("2026-12-24T11:00:00Z"));

        DueAtEndOf("2027-01-04", set.Get(DeadlineKind.Stage1Acknowledge));
    }

    [Fact]
    public void A_warning_window_in_hours_starts_that_many_hours_before_the_due_moment()
    {
        // Due 10:00 on Tuesday 3 November; 20 hours before is 14:00 on Monday 2 November.
        var policy = TestPolicies.Cfp with { Reminders = new Reminders { WarningWindow = Timescale.Hours(20) } };
        var timeline = new CaseTimeline { Track = CaseTrack.QuickResolution, Received = At("2026-11-02T10:00:00Z") };

        Assert.Equal(DeadlineStatus.OnTrack, Calculator.Compute(policy, timeline, At("2026-11-02T13:59:00Z")).Get(DeadlineKind.QuickResponse).Status);
        Assert.Equal(DeadlineStatus.DueSoon, Calculator.Compute(policy, timeline, At("2026-11-02T14:00:00Z")).Get(DeadlineKind.QuickResponse).Status);
    }

    [Fact]
    public void An_acknowledgement_before_receipt_is_refused_with_a_message_naming_both()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            Calculator.Compute(TestPolicies.Hoc, Received with { Stage1Acknowledged = At("2026-11-01T10:00:00Z") }, At("2026-11-02T12:00:00Z")));

        Assert.Contains("stage 1 acknowledgement", error.Message);
        Assert.Contains("before the case was received", error.Message);
    }

    [Fact]
    public void Stage2_events_without_an_escalation_request_are_refused()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            Calculator.Compute(TestPolicies.Hoc, Received with { Stage2Acknowledged = At("2026-11-20T10:00:00Z") }, At("2026-11-20T12:00:00Z")));

        Assert.Contains("no escalation request", error.Message);
    }

    [Fact]
    public void A_negative_extension_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            Calculator.Compute(TestPolicies.Hoc, Received with { Stage1ExtensionWorkingDays = -3 }, At("2026-11-02T12:00:00Z")));

        Assert.Contains("-3", error.Message);
    }

    [Fact]
    public void A_policy_whose_deadline_runs_from_a_later_event_is_refused_naming_the_policy()
    {
        var stage1 = TestPolicies.Hoc.Stage(1) with
        {
            Acknowledge = new Deadline { Within = Timescale.WorkingDays(5), From = CaseEvent.Stage1Response },
        };
        var policy = TestPolicies.Hoc with { Stages = [stage1, TestPolicies.Hoc.Stage(2)] };

        var error = Assert.Throws<ArgumentException>(() => Calculator.Compute(policy, Received, At("2026-11-02T12:00:00Z")));

        Assert.Contains("hoc-2024", error.Message);
    }

    [Theory]
    [InlineData(DeadlineKind.QuickResponse, "quick-response")]
    [InlineData(DeadlineKind.Stage1Acknowledge, "stage1-acknowledge")]
    [InlineData(DeadlineKind.Stage1ContactCustomer, "stage1-contact-customer")]
    [InlineData(DeadlineKind.Stage1Response, "stage1-response")]
    [InlineData(DeadlineKind.EscalationWindow, "escalation-window")]
    [InlineData(DeadlineKind.Stage2Acknowledge, "stage2-acknowledge")]
    [InlineData(DeadlineKind.Stage2Response, "stage2-response")]
    public void Deadlines_are_named_in_kebab_case(DeadlineKind kind, string name)
    {
        Assert.Equal(name, kind.Name());
        Assert.True(DeadlineKinds.TryParse(name, out var parsed));
        Assert.Equal(kind, parsed);
    }

    [Theory]
    [InlineData("complaint", CaseTrack.Complaint)]
    [InlineData("grumble", CaseTrack.QuickResolution)]
    [InlineData("service-request", null)]
    public void The_category_decides_the_track(string categoryId, CaseTrack? track) =>
        Assert.Equal(track, CaseTracks.For(TestPolicies.Wch, categoryId));

    [Fact]
    public void An_unknown_category_is_refused_naming_the_categories_of_the_policy()
    {
        var error = Assert.Throws<ArgumentException>(() => CaseTracks.For(TestPolicies.Wch, "moan"));

        Assert.Contains("moan", error.Message);
        Assert.Contains("complaint", error.Message);
    }

    [Fact]
    public void Due_from_and_extend_count_like_the_deadlines()
    {
        var due = Calculator.DueFrom(At("2026-12-24T11:00:00Z"), Timescale.WorkingDays(1));

        Assert.Equal(At("2026-12-29T23:59:59Z"), due);
        Assert.Equal(At("2027-01-05T23:59:59Z"), Calculator.Extend(due, Timescale.WorkingDays(4)));
    }
}
