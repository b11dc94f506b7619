using ComplaintsBot.Cases.Policies;
using static ComplaintsBot.Cases.Time.Timescale;

namespace ComplaintsBot.Cases.Tests.Policies;

/// <summary>The unnamed landlord's Customer Compliments, Complaints & Feedback Policy (2018).</summary>
public class CfpTimescaleTests
{
    private static readonly Policy Cfp = SeedPolicies.Get("cfp-2018");

    [Fact]
    public void Cfp_5_a_concern_resolved_at_first_contact_has_no_set_time_but_one_agreed_with_the_customer()
    {
        Assert.NotNull(Cfp.QuickResolution);
        Assert.Equal("first-contact-resolution", Cfp.QuickResolution.CategoryId);
        Assert.Null(Cfp.QuickResolution.RespondWithin);
    }

    [Fact]
    public void Cfp_5_stage_1_starts_with_the_service_improvement_teams_attempt_at_an_immediate_resolution_within_24_hours_of_receipt() =>
        SeedPolicies.AssertDeadline(Cfp.Stage(1).ContactCustomer, Hours(24), CaseEvent.Received);

    [Fact]
    public void Cfp_stage1_acknowledgement_is_the_codes_5_working_days_from_receipt() =>
        SeedPolicies.AssertDeadline(Cfp.Stage(1).Acknowledge, WorkingDays(5), CaseEvent.Received);

    [Fact]
    public void Cfp_stage1_response_is_5_working_days_from_receipt() =>
        SeedPolicies.AssertDeadline(Cfp.Stage(1).Respond, WorkingDays(5), CaseEvent.Received);

    [Fact]
    public void Cfp_stage1_extension_is_by_agreement_within_the_codes_10_working_days()
    {
        var extension = Cfp.Stage(1).Extension;
        Assert.True(extension.ByAgreement);
        Assert.True(extension.CustomerMustAgree);
        Assert.Equal(WorkingDays(10), extension.Max);
    }

    [Fact]
    public void Cfp_sets_no_time_limit_for_asking_for_stage2() => Assert.Null(Cfp.EscalationWindow);

    [Fact]
    public void Cfp_stage2_acknowledgement_is_the_codes_5_working_days_from_the_request() =>
        SeedPolicies.AssertDeadline(Cfp.Stage(2).Acknowledge, WorkingDays(5), CaseEvent.EscalationRequested);

    [Fact]
    public void Cfp_stage2_response_is_7_days_from_the_request() =>
        SeedPolicies.AssertDeadline(Cfp.Stage(2).Respond, CalendarDays(7), CaseEvent.EscalationRequested);

    [Fact]
    public void Cfp_stage2_extension_is_by_agreement_within_the_codes_20_working_days()
    {
        var extension = Cfp.Stage(2).Extension;
        Assert.True(extension.ByAgreement);
        Assert.True(extension.CustomerMustAgree);
        Assert.Equal(WorkingDays(20), extension.Max);
    }

    [Fact]
    public void Cfp_age_limit_is_12_months_unless_the_issue_is_ongoing()
    {
        Assert.Equal(Months(12), Cfp.AgeLimit.Limit);
        Assert.False(Cfp.AgeLimit.Discretionary);
        Assert.Equal(["ongoing-issue"], Cfp.AgeLimit.Exceptions);
    }
}
