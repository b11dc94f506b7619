using ComplaintsBot.Cases.Policies;
using static ComplaintsBot.Cases.Time.Timescale;

namespace ComplaintsBot.Cases.Tests.Policies;

/// <summary>Homes in Sedgemoor, Customer Complaints & Feedback Policy 2022-2025 (v2, 2024).</summary>
public class HisTimescaleTests
{
    private static readonly Policy His = SeedPolicies.Get("his");

    [Fact]
    public void His_sets_no_quick_resolution_timescale() => Assert.Null(His.QuickResolution);

    [Fact]
    public void His_stage1_acknowledgement_is_the_stricter_2_working_days_from_receipt_with_5_recorded()
    {
        var acknowledge = His.Stage(1).Acknowledge;
        SeedPolicies.AssertDeadline(acknowledge, WorkingDays(2), CaseEvent.Received);
        Assert.Equal(WorkingDays(5), acknowledge!.OtherReading);
        Assert.Contains(His.Notes, n => n.Contains("5 working days") && n.Contains("2 working days"));
    }

    [Fact]
    public void His_stage1_response_is_10_working_days_from_the_acknowledgement() =>
        SeedPolicies.AssertDeadline(His.Stage(1).Respond, WorkingDays(10), CaseEvent.Stage1Acknowledged);

    [Fact]
    public void His_stage1_extension_is_the_codes_10_working_days() =>
        Assert.Equal(WorkingDays(10), His.Stage(1).Extension.Max);

    [Fact]
    public void His_sets_no_time_limit_for_asking_for_stage2() => Assert.Null(His.EscalationWindow);

    [Fact]
    public void His_stage2_acknowledgement_is_5_working_days_from_the_request() =>
        SeedPolicies.AssertDeadline(His.Stage(2).Acknowledge, WorkingDays(5), CaseEvent.EscalationRequested);

    [Fact]
    public void His_stage2_response_is_20_working_days_from_the_acknowledgement() =>
        SeedPolicies.AssertDeadline(His.Stage(2).Respond, WorkingDays(20), CaseEvent.Stage2Acknowledged);

    [Fact]
    public void His_stage2_extension_is_the_codes_20_working_days() =>
        Assert.Equal(WorkingDays(20), His.Stage(2).Extension.Max);

    [Fact]
    public void His_age_limit_is_12_months_with_no_discretion()
    {
        Assert.Equal(Months(12), His.AgeLimit.Limit);
        Assert.False(His.AgeLimit.Discretionary);
    }

    [Fact]
    public void His_compensation_below_1000_pounds_is_agreed_by_the_customer_focus_manager_and_above_by_the_executive()
    {
        Assert.Equal(2, His.Compensation.Count);
        Assert.Equal((999.99m, "customer-focus-manager"), (His.Compensation[0].UpTo, His.Compensation[0].Approver));
        Assert.True(His.Compensation[1].HasNoLimit);
        Assert.Equal("executive-team", His.Compensation[1].Approver);
    }
}
