using ComplaintsBot.Cases.Deadlines;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Cases.Tests.Policies;

namespace ComplaintsBot.Cases.Tests.Domain;

public sealed class CaseTimelineTests
{
    private static readonly DateTimeOffset Received = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly Policy Wch = SeedPolicies.Get("wch");
    private const int Officer = 1, Manager = 2, Reviewer = 3;

    private static Case Open(string categoryId, ContactKind kind) => Case.Open(new CaseReference("WCH", 2026, 1), new CaseIntake
    {
        PolicyId = "wch",
        CategoryId = categoryId,
        Kind = kind,
        Customer = Customer.Named("Ada Jones", CustomerRelationship.Tenant),
        Channel = ContactChannel.Phone,
        ReceivedAt = Received,
        Description = "The repair was not done.",
        RecordedById = Officer,
    });

    [Fact]
    public void A_complaint_gives_the_deadline_calculator_every_event_of_both_stages()
    {
        var @case = Open("complaint", ContactKind.Complaint);
        @case.Acknowledge(Received.AddDays(1));
        @case.RecordContact(Received.AddDays(2), ContactChannel.Phone, Officer, "Discussed the complaint.");
        @case.RecordContact(Received.AddDays(3), ContactChannel.Email, Officer, "Sent photos.");
        var first = @case.RequestExtension(Officer, Received.AddDays(4), 5, "Survey.", customerAgreed: true);
        @case.DecideExtension(first.Id, approve: true, Manager, Received.AddDays(4), null);
        @case.RecordResponse(new StageResponse(Received.AddDays(10), StageOutcome.NotUpheld, "Repair was on time.", null, null, null));
        @case.ExtendEscalationWindow();
        @case.Escalate(Received.AddDays(20), lastStage: 2, Reviewer);
        @case.Acknowledge(Received.AddDays(21));

        var timeline = @case.Timeline(Wch);

        Assert.Equal(new CaseTimeline
        {
            Track = CaseTrack.Complaint,
            Received = Received,
            Stage1Acknowledged = Received.AddDays(1),
            Stage1CustomerContacted = Received.AddDays(2),
            Stage1Response = Received.AddDays(10),
            Stage1ExtensionWorkingDays = 5,
            EscalationWindowExtended = true,
            EscalationRequested = Received.AddDays(20),
            Stage2Acknowledged = Received.AddDays(21),
        }, timeline);
        Assert.NotEmpty(new DeadlineCalculator().Compute(Wch, timeline!.Value, Received.AddDays(22)));
    }

    [Fact]
    public void A_grumble_runs_on_the_quick_resolution_track_and_its_answer_is_the_stage_1_response()
    {
        var @case = Open("grumble", ContactKind.Feedback);
        @case.RecordResponse(new StageResponse(Received.AddDays(1), StageOutcome.Upheld, "Bin collected.", null, null, null));

        var timeline = @case.Timeline(Wch);

        Assert.Equal((CaseTrack.QuickResolution, Received.AddDays(1)), (timeline!.Value.Track, timeline.Value.Stage1Response));
        Assert.Throws<CaseStateException>(() => @case.Escalate(Received.AddDays(2), lastStage: 2, Reviewer));
    }

    [Fact]
    public void A_service_request_has_no_deadlines()
    {
        Assert.Null(Open("service-request", ContactKind.ServiceRequest).Timeline(Wch));
    }

    [Fact]
    public void Contact_before_acknowledgement_is_not_the_promised_contact_after_it()
    {
        var @case = Open("complaint", ContactKind.Complaint);
        @case.RecordContact(Received.AddHours(1), ContactChannel.Phone, Officer, "Called to log it.");

        Assert.Null(@case.Stage(1)!.CustomerContactedAt);
    }

    [Fact]
    public void The_escalation_window_is_extended_once_and_only_after_the_response()
    {
        var @case = Open("complaint", ContactKind.Complaint);
        @case.Acknowledge(Received.AddDays(1));
        Assert.Throws<CaseStateException>(@case.ExtendEscalationWindow);

        @case.RecordResponse(new StageResponse(Received.AddDays(10), StageOutcome.NotUpheld, "Repair was on time.", null, null, null));
        @case.ExtendEscalationWindow();

        Assert.Throws<CaseStateException>(@case.ExtendEscalationWindow);
    }
}
