using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;

namespace ComplaintsBot.Cases.Tests.Domain;

public sealed class CompensationApprovalTransitionTests
{
    private static readonly DateTimeOffset Received = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private const int Officer = 1, Manager = 2;

    private static Case Acknowledged()
    {
        var @case = Case.Open(new CaseReference("HIS", 2026, 1), new CaseIntake
        {
            PolicyId = "his",
            CategoryId = "complaint",
            Kind = ContactKind.Complaint,
            Customer = Customer.Named("Ada Jones", CustomerRelationship.Tenant),
            Channel = ContactChannel.Email,
            ReceivedAt = Received,
            Description = "The roof still leaks.",
            RecordedById = Officer,
        });
        @case.Acknowledge(Received.AddDays(1));
        return @case;
    }

    private static StageResponse Proposed(decimal amount) =>
        new(Received.AddDays(3), StageOutcome.Upheld, "We failed to repair the roof.", "Repair by Friday", amount, "Roofer to attend");

    [Fact]
    public void A_response_waiting_for_compensation_approval_leaves_the_stage_unanswered_and_keeps_what_was_written()
    {
        var @case = Acknowledged();

        var approval = @case.RequestCompensationApproval(Officer, Proposed(1500m), "executive-team", null);

        Assert.Null(@case.Stage(1)!.Response);
        Assert.Same(approval, @case.Stage(1)!.PendingCompensationApproval);
        Assert.Equal((1500m, StageOutcome.Upheld, "We failed to repair the roof.", "Repair by Friday", "Roofer to attend"),
            (approval.Amount, approval.Outcome, approval.Reasons, approval.Remedy, approval.OutstandingActions));
        Assert.Throws<CaseStateException>(() => @case.RecordResponse(Proposed(10m)));
        Assert.Throws<CaseStateException>(() => @case.RequestCompensationApproval(Officer, Proposed(1500m), "executive-team", null));
        Assert.Throws<CaseStateException>(() => @case.RequestExtension(Officer, Received.AddDays(3), 5, "Survey.", customerAgreed: true));
    }

    [Fact]
    public void Approval_records_the_response_on_the_day_of_approval_with_the_amount_agreed()
    {
        var @case = Acknowledged();
        var approval = @case.RequestCompensationApproval(Officer, Proposed(1500m), "executive-team", null);
        var version = @case.Version;

        @case.DecideCompensation(approval.Id, approve: true, 1200m, Manager, Received.AddDays(4), "Agreed at 1,200.");

        var response = @case.Stage(1)!.Response!;
        Assert.Equal((Received.AddDays(4), 1200m, "Repair by Friday"), (response.RespondedAt, response.Compensation!.Value, response.Remedy));
        Assert.Equal((CompensationDecision.Approved, 1200m, Manager), (approval.Decision, approval.ApprovedAmount!.Value, approval.DecidedById!.Value));
        Assert.Equal(version + 1, @case.Version);
        Assert.Null(@case.Stage(1)!.PendingCompensationApproval);
    }

    [Fact]
    public void Decline_records_no_response_and_the_owner_may_record_it_again()
    {
        var @case = Acknowledged();
        var approval = @case.RequestCompensationApproval(Officer, Proposed(1500m), "executive-team", null);

        @case.DecideCompensation(approval.Id, approve: false, null, Manager, Received.AddDays(4), "Offer 500.");

        Assert.Null(@case.Stage(1)!.Response);
        Assert.Equal((CompensationDecision.Declined, "Offer 500."), (approval.Decision, approval.Comment));
        @case.RecordResponse(Proposed(500m));
        Assert.Equal(500m, @case.Stage(1)!.Response!.Compensation);
    }

    [Fact]
    public void Nobody_decides_their_own_compensation_request_and_a_decision_is_made_once()
    {
        var @case = Acknowledged();
        var approval = @case.RequestCompensationApproval(Officer, Proposed(1500m), "executive-team", null);

        Assert.Throws<CaseStateException>(() => @case.DecideCompensation(approval.Id, true, null, Officer, Received.AddDays(4), null));
        @case.DecideCompensation(approval.Id, true, null, Manager, Received.AddDays(4), null);
        Assert.Throws<CaseStateException>(() => @case.DecideCompensation(approval.Id, false, null, Manager, Received.AddDays(4), null));
    }

    [Fact]
    public void The_amount_agreed_is_more_than_nothing_and_no_more_than_asked()
    {
        var @case = Acknowledged();
        var approval = @case.RequestCompensationApproval(Officer, Proposed(1500m), "executive-team", null);

        Assert.Throws<CaseStateException>(() => @case.DecideCompensation(approval.Id, true, 1600m, Manager, Received.AddDays(4), null));
        Assert.Throws<CaseStateException>(() => @case.DecideCompensation(approval.Id, true, 0m, Manager, Received.AddDays(4), null));
        Assert.Equal(CompensationDecision.Pending, approval.Decision);
    }
}
