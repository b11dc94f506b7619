using ComplaintsBot.Cases.Deadlines;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;
using static ComplaintsBot.Cases.Time.Timescale;

namespace ComplaintsBot.Cases.Tests.Policies;

/// <summary>Watford Community Housing, Customer Feedback Policy & Procedure (2023).</summary>
public class WchTimescaleTests
{
    private static readonly Policy Wch = SeedPolicies.Get("wch");

    [Fact]
    public void Wch_grumble_is_answered_within_3_working_days_from_receipt()
    {
        Assert.NotNull(Wch.QuickResolution);
        Assert.Equal("grumble", Wch.QuickResolution.CategoryId);
        Assert.Equal(WorkingDays(3), Wch.QuickResolution.RespondWithin);
        Assert.Equal(CaseEvent.Received, Wch.QuickResolution.From);
    }

    // Why 13: WCH 4.3 logs and investigates anonymous feedback but cannot respond or update, and the bot says it
    // cannot acknowledge it; so no acknowledgement is shown as due (it would only ever go overdue), while the response
    // is still counted from when the acknowledgement was due: received Mon 7 Dec, acknowledgement due Tue 8 Dec,
    // response ten working days later on Tue 22 Dec.
    [Fact]
    public void Wch_4_3_an_anonymous_complaint_shows_no_acknowledgement_deadline_it_cannot_meet_and_its_response_still_runs()
    {
        var received = new DateTimeOffset(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);
        Case Open(Customer customer) => Case.Open(new CaseReference("WCH", 2026, 1), new CaseIntake
        {
            PolicyId = "wch", CategoryId = "complaint", Kind = ContactKind.Complaint,
            Customer = customer, Channel = ContactChannel.SocialMedia, ReceivedAt = received, Description = "Rubbish by the bins.",
        });
        var calculator = new DeadlineCalculator();

        var anonymous = calculator.For(Open(Customer.Anonymous()), Wch, received);
        var named = calculator.For(Open(Customer.Named("Ada Jones", CustomerRelationship.Tenant)), Wch, received);

        Assert.Null(anonymous.Find(DeadlineKind.Stage1Acknowledge));
        Assert.Equal(new DateOnly(2026, 12, 8), named.Get(DeadlineKind.Stage1Acknowledge).DueDate);
        Assert.Equal(new DateOnly(2026, 12, 22), anonymous.Get(DeadlineKind.Stage1Response).DueDate);
        Assert.Equal(named.Get(DeadlineKind.Stage1Response).DueDate, anonymous.Get(DeadlineKind.Stage1Response).DueDate);
    }

    [Fact]
    public void Wch_stage1_acknowledgement_is_1_working_day_from_receipt() =>
        SeedPolicies.AssertDeadline(Wch.Stage(1).Acknowledge, WorkingDays(1), CaseEvent.Received);

    [Fact]
    public void Wch_stage1_response_is_10_working_days_from_logging_which_is_the_acknowledgement() =>
        SeedPolicies.AssertDeadline(Wch.Stage(1).Respond, WorkingDays(10), CaseEvent.Stage1Acknowledged);

    [Fact]
    public void Wch_stage1_extension_is_at_most_10_working_days() =>
        Assert.Equal(WorkingDays(10), Wch.Stage(1).Extension.Max);

    [Fact]
    public void Wch_appeal_must_be_asked_for_within_10_working_days_of_the_stage1_response_with_10_more_on_request()
    {
        Assert.NotNull(Wch.EscalationWindow);
        Assert.Equal(WorkingDays(10), Wch.EscalationWindow.Within);
        Assert.Equal(CaseEvent.Stage1Response, Wch.EscalationWindow.From);
        Assert.Equal(WorkingDays(10), Wch.EscalationWindow.ExtensionOnRequest);
    }

    [Fact]
    public void Wch_stage2_acknowledgement_is_the_codes_5_working_days_from_the_request() =>
        SeedPolicies.AssertDeadline(Wch.Stage(2).Acknowledge, WorkingDays(5), CaseEvent.EscalationRequested);

    [Fact]
    public void Wch_stage2_response_is_15_working_days_from_accepting_the_appeal() =>
        SeedPolicies.AssertDeadline(Wch.Stage(2).Respond, WorkingDays(15), CaseEvent.Stage2Acknowledged);

    [Fact]
    public void Wch_stage2_may_be_extended_to_20_working_days_in_all() =>
        Assert.Equal(WorkingDays(20 - 15), Wch.Stage(2).Extension.Max);

    [Fact]
    public void Wch_age_limit_is_6_months_at_its_discretion()
    {
        Assert.Equal(Months(6), Wch.AgeLimit.Limit);
        Assert.True(Wch.AgeLimit.Discretionary);
    }

    [Fact]
    public void Wch_stage2_manager_must_be_more_senior_than_the_stage1_manager()
    {
        var stage2 = Wch.Stage(2);
        Assert.True(stage2.ReviewerMustBeMoreSenior);
        Assert.True(stage2.ReviewerMustDifferFromPreviousStage);
        Assert.True(Wch.Role(stage2.OwnerRoles.Single()).Seniority > Wch.Role(Wch.Stage(1).OwnerRoles.Single()).Seniority);
    }
}
