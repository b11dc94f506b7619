using ComplaintsBot.Cases.Policies;
using static ComplaintsBot.Cases.Time.Timescale;

namespace ComplaintsBot.Cases.Tests.Policies;

/// <summary>The Complaint Handling Code 2024, sections 2.3, 6.2-6.4, 6.11, 6.14-6.15.</summary>
public class HocTimescaleTests
{
    private static readonly Policy Code = SeedPolicies.Get("hoc-2024");

    [Fact]
    public void Hoc_sets_no_quick_resolution_timescale() => Assert.Null(Code.QuickResolution);

    [Fact]
    public void Hoc_stage1_acknowledgement_is_5_working_days_from_receipt() =>
        SeedPolicies.AssertDeadline(Code.Stage(1).Acknowledge, WorkingDays(5), CaseEvent.Received);

    [Fact]
    public void Hoc_stage1_response_is_10_working_days_from_the_acknowledgement() =>
        SeedPolicies.AssertDeadline(Code.Stage(1).Respond, WorkingDays(10), CaseEvent.Stage1Acknowledged);

    [Fact]
    public void Hoc_stage1_extension_is_at_most_10_working_days_without_the_customers_agreement()
    {
        Assert.Equal(WorkingDays(10), Code.Stage(1).Extension.Max);
        Assert.False(Code.Stage(1).Extension.CustomerMustAgree);
    }

    [Fact]
    public void Hoc_sets_no_time_limit_for_asking_for_stage2() => Assert.Null(Code.EscalationWindow);

    [Fact]
    public void Hoc_stage2_acknowledgement_is_5_working_days_from_the_escalation_request() =>
        SeedPolicies.AssertDeadline(Code.Stage(2).Acknowledge, WorkingDays(5), CaseEvent.EscalationRequested);

    [Fact]
    public void Hoc_stage2_response_is_20_working_days_from_the_stage2_acknowledgement() =>
        SeedPolicies.AssertDeadline(Code.Stage(2).Respond, WorkingDays(20), CaseEvent.Stage2Acknowledged);

    [Fact]
    public void Hoc_stage2_extension_is_at_most_20_working_days() =>
        Assert.Equal(WorkingDays(20), Code.Stage(2).Extension.Max);

    [Fact]
    public void Hoc_age_limit_is_12_months_and_discretionary()
    {
        Assert.Equal(Months(12), Code.AgeLimit.Limit);
        Assert.True(Code.AgeLimit.Discretionary);
    }

    [Fact]
    public void Hoc_stage2_reviewer_must_not_be_the_stage1_handler_but_need_not_be_more_senior()
    {
        Assert.True(Code.Stage(2).ReviewerMustDifferFromPreviousStage);
        Assert.False(Code.Stage(2).ReviewerMustBeMoreSenior);
    }

    [Fact]
    public void Hoc_accepts_exactly_the_three_exclusions_of_code_section_2() =>
        Assert.Equal(["issue-too-old", "legal-proceedings", "already-considered"], Code.Exclusions.Select(e => e.CodeBasis));
}
