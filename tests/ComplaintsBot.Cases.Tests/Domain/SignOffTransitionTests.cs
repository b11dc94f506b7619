using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;

namespace ComplaintsBot.Cases.Tests.Domain;

/// <summary>TCH 8.1: a response waits for the Customer Experience Manager's sign-off before it is recorded as sent.</summary>
public sealed class SignOffTransitionTests
{
    private static readonly DateTimeOffset Received = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private const int Officer = 1, Manager = 2;
    private const string Role = "customer-experience-manager";

    private static Case Acknowledged()
    {
        var @case = Case.Open(new CaseReference("TCH", 2026, 1), new CaseIntake
        {
            PolicyId = "tch-rosebery",
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

    private static StageResponse Written() =>
        new(Received.AddDays(3), StageOutcome.Upheld, "We failed to repair the roof.", "Repair by Friday", null, "Roofer to attend");

    [Fact]
    public void A_response_waiting_for_sign_off_leaves_the_stage_unanswered_and_nothing_else_is_recorded_meanwhile()
    {
        var @case = Acknowledged();

        var signOff = @case.RequestSignOff(Officer, Written(), Role);

        Assert.Null(@case.Stage(1)!.Response);
        Assert.Same(signOff, @case.Stage(1)!.PendingSignOff);
        Assert.Throws<CaseStateException>(() => @case.RecordResponse(Written()));
        Assert.Throws<CaseStateException>(() => @case.RequestExtension(Officer, Received.AddDays(3), 5, "Survey", true));
    }

    [Fact]
    public void Signed_off_the_response_is_dated_the_day_of_sign_off_and_the_writer_cannot_sign_off_their_own()
    {
        var @case = Acknowledged();
        @case.RequestSignOff(Officer, Written(), Role);

        Assert.Throws<CaseStateException>(() => @case.DecideSignOff(SignOffDecision.SignedOff, Officer, Received.AddDays(4), null));
        var response = @case.DecideSignOff(SignOffDecision.SignedOff, Manager, Received.AddDays(4), null)!;
        @case.RecordResponse(response);

        Assert.Equal(Received.AddDays(4), @case.Stage(1)!.Response!.RespondedAt);
        Assert.Equal("We failed to repair the roof.", @case.Stage(1)!.Response!.Reasons);
        Assert.Null(@case.Stage(1)!.PendingSignOff);
    }

    [Fact]
    public void Sent_back_nothing_is_recorded_and_the_stage_can_be_answered_again()
    {
        var @case = Acknowledged();
        @case.RequestSignOff(Officer, Written(), Role);

        Assert.Null(@case.DecideSignOff(SignOffDecision.Returned, Manager, Received.AddDays(4), "Add the date of the repair."));

        Assert.Null(@case.Stage(1)!.Response);
        Assert.Equal("Add the date of the repair.", @case.Stage(1)!.SignOffs.Single().Comment);
        @case.RequestSignOff(Officer, Written() with { }, Role);
        Assert.NotNull(@case.Stage(1)!.PendingSignOff);
    }
}
