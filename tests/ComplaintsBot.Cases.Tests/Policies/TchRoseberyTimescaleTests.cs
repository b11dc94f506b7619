using ComplaintsBot.Cases.Policies;
using static ComplaintsBot.Cases.Time.Timescale;

namespace ComplaintsBot.Cases.Tests.Policies;

/// <summary>Town and Country Housing (Legacy Rosebery), Customer Complaints Policy (2023).</summary>
public class TchRoseberyTimescaleTests
{
    private static readonly Policy Tch = SeedPolicies.Get("tch-rosebery");

    [Fact]
    public void Tch_quick_resolution_is_within_3_working_days_of_receipt()
    {
        Assert.NotNull(Tch.QuickResolution);
        Assert.Equal("quick-resolution", Tch.QuickResolution.CategoryId);
        Assert.Equal(WorkingDays(3), Tch.QuickResolution.RespondWithin);
    }

    [Fact]
    public void Tch_stage1_acknowledgement_is_2_working_days_from_receipt() =>
        SeedPolicies.AssertDeadline(Tch.Stage(1).Acknowledge, WorkingDays(2), CaseEvent.Received);

    [Fact]
    public void Tch_stage1_customer_is_contacted_within_3_working_days_of_the_acknowledgement() =>
        SeedPolicies.AssertDeadline(Tch.Stage(1).ContactCustomer, WorkingDays(3), CaseEvent.Stage1Acknowledged);

    [Fact]
    public void Tch_stage1_response_is_10_working_days_from_the_acknowledgement() =>
        SeedPolicies.AssertDeadline(Tch.Stage(1).Respond, WorkingDays(10), CaseEvent.Stage1Acknowledged);

    [Fact]
    public void Tch_stage1_extension_is_at_most_10_working_days() =>
        Assert.Equal(WorkingDays(10), Tch.Stage(1).Extension.Max);

    [Fact]
    public void Tch_review_must_be_asked_for_within_20_days_of_the_stage1_response()
    {
        Assert.NotNull(Tch.EscalationWindow);
        Assert.Equal(CalendarDays(20), Tch.EscalationWindow.Within);
        Assert.Equal(CaseEvent.Stage1Response, Tch.EscalationWindow.From);
    }

    [Fact]
    public void Tch_stage2_acknowledgement_is_2_working_days_from_the_request() =>
        SeedPolicies.AssertDeadline(Tch.Stage(2).Acknowledge, WorkingDays(2), CaseEvent.EscalationRequested);

    [Fact]
    public void Tch_stage2_response_is_10_working_days_from_the_acknowledgement() =>
        SeedPolicies.AssertDeadline(Tch.Stage(2).Respond, WorkingDays(10), CaseEvent.Stage2Acknowledged);

    [Fact]
    public void Tch_stage2_extension_is_the_codes_20_working_days() =>
        Assert.Equal(WorkingDays(20), Tch.Stage(2).Extension.Max);

    [Fact]
    public void Tch_age_limit_is_6_months_unless_there_is_good_reason()
    {
        Assert.Equal(Months(6), Tch.AgeLimit.Limit);
        Assert.True(Tch.AgeLimit.Discretionary);
    }
}
