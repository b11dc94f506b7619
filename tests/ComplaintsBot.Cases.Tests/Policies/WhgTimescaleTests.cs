using ComplaintsBot.Cases.Policies;
using static ComplaintsBot.Cases.Time.Timescale;

namespace ComplaintsBot.Cases.Tests.Policies;

/// <summary>whg, Customer Complaints Policy (2023) and Appendix 1.</summary>
public class WhgTimescaleTests
{
    private static readonly Policy Whg = SeedPolicies.Get("whg");

    [Fact]
    public void Whg_escalated_service_request_has_no_timescale()
    {
        Assert.NotNull(Whg.QuickResolution);
        Assert.Equal("escalated-service-request", Whg.QuickResolution.CategoryId);
        Assert.Null(Whg.QuickResolution.RespondWithin);
    }

    [Fact]
    public void Whg_stage1_acknowledgement_is_5_working_days_from_receipt() =>
        SeedPolicies.AssertDeadline(Whg.Stage(1).Acknowledge, WorkingDays(5), CaseEvent.Received);

    [Fact]
    public void Whg_stage1_response_is_10_working_days_from_the_acknowledgement() =>
        SeedPolicies.AssertDeadline(Whg.Stage(1).Respond, WorkingDays(10), CaseEvent.Stage1Acknowledged);

    [Fact]
    public void Whg_2_23_2_24_stage1_extension_up_to_10_working_days_needs_no_agreement_and_gives_ombudsman_details_when_not_agreed()
    {
        Assert.Equal(WorkingDays(10), Whg.Stage(1).Extension.Max);
        Assert.False(Whg.Stage(1).Extension.CustomerMustAgree);
        Assert.Equal(OmbudsmanDetailsOnExtension.WhenNotAgreed, Whg.Stage(1).Extension.OmbudsmanDetails);
    }

    [Fact]
    public void Whg_escalation_must_be_asked_for_within_28_days_of_the_stage1_response()
    {
        Assert.NotNull(Whg.EscalationWindow);
        Assert.Equal(CalendarDays(28), Whg.EscalationWindow.Within);
        Assert.Equal(CaseEvent.Stage1Response, Whg.EscalationWindow.From);
    }

    [Fact]
    public void Whg_stage2_acknowledgement_is_5_working_days_from_the_escalation_request() =>
        SeedPolicies.AssertDeadline(Whg.Stage(2).Acknowledge, WorkingDays(5), CaseEvent.EscalationRequested);

    [Fact]
    public void Whg_stage2_response_is_20_working_days_from_the_escalation_request() =>
        SeedPolicies.AssertDeadline(Whg.Stage(2).Respond, WorkingDays(20), CaseEvent.EscalationRequested);

    [Fact]
    public void Whg_2_23_2_24_stage2_extension_up_to_10_working_days_needs_no_agreement_and_gives_ombudsman_details_when_not_agreed()
    {
        Assert.Equal(WorkingDays(10), Whg.Stage(2).Extension.Max);
        Assert.False(Whg.Stage(2).Extension.CustomerMustAgree);
        Assert.Equal(OmbudsmanDetailsOnExtension.WhenNotAgreed, Whg.Stage(2).Extension.OmbudsmanDetails);
    }

    [Fact]
    public void Whg_age_limit_is_6_months_except_for_safeguarding_and_health_and_safety()
    {
        Assert.Equal(Months(6), Whg.AgeLimit.Limit);
        Assert.Equal(["safeguarding", "health-and-safety"], Whg.AgeLimit.Exceptions);
    }

    [Fact]
    public void Whg_stage2_is_reviewed_by_a_more_senior_colleague_and_signed_off_by_a_director_of_service()
    {
        var stage2 = Whg.Stage(2);
        Assert.True(stage2.ReviewerMustBeMoreSenior);
        Assert.Equal("director-of-service", stage2.SignOffRole);
        Assert.All(Whg.Stage(1).OwnerRoles, owner =>
            Assert.True(Whg.Role(stage2.OwnerRoles.Single()).Seniority > Whg.Role(owner).Seniority));
    }
}
