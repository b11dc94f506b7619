using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;

namespace ComplaintsBot.Cases.Tests.Domain;

public sealed class CaseTransitionTests
{
    private static readonly DateTimeOffset Received = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private const int Officer = 1, Manager = 2, Reviewer = 3;

    private static CaseIntake Intake(ContactKind kind = ContactKind.Complaint) => new()
    {
        PolicyId = "hoc-2024",
        CategoryId = kind.ToString().ToLowerInvariant(),
        Kind = kind,
        Customer = Customer.Named("Ada Jones", CustomerRelationship.Tenant),
        Channel = ContactChannel.Email,
        ReceivedAt = Received,
        Description = "The repair was not done.",
        RecordedById = Officer,
    };

    private static Case Complaint() => Case.Open(new CaseReference("HOC", 2026, 1), Intake());

    private static StageResponse Response(int days) =>
        new(Received.AddDays(days), StageOutcome.Upheld, "The repair was late.", "Apology", 50m, null);

    [Fact]
    public void A_complaint_opens_at_stage_1_on_receipt_with_its_opening_contact()
    {
        var @case = Complaint();

        Assert.Equal((CaseStatus.Open, 1, 1), (@case.Status, @case.CurrentStage!.Value, @case.Version));
        Assert.Equal((Received, Officer), (@case.Stage(1)!.OpenedAt, @case.Stage(1)!.OwnerId!.Value));
        Assert.True(Assert.Single(@case.Contacts).OpenedCase);
    }

    [Fact]
    public void A_service_request_has_no_stages_and_cannot_be_acknowledged_as_a_complaint()
    {
        var @case = Case.Open(new CaseReference("HOC", 2026, 1), Intake(ContactKind.ServiceRequest));

        Assert.Null(@case.CurrentStage);
        Assert.Empty(@case.Stages);
        Assert.Throws<CaseStateException>(() => @case.Acknowledge(Received.AddHours(1)));
    }

    [Fact]
    public void A_stage_is_acknowledged_once()
    {
        var @case = Complaint();
        @case.Acknowledge(Received.AddHours(1));

        var refused = Assert.Throws<CaseStateException>(() => @case.Acknowledge(Received.AddHours(2)));
        Assert.Equal("Stage 1 of HOC-2026-00001 was already acknowledged.", refused.Message);
        Assert.Equal(2, @case.Version);
    }

    [Fact]
    public void A_response_needs_the_stage_acknowledged_first()
    {
        var @case = Complaint();

        Assert.Throws<CaseStateException>(() => @case.RecordResponse(Response(5)));
    }

    [Fact]
    public void A_response_cannot_come_before_the_acknowledgement()
    {
        var @case = Complaint();
        @case.Acknowledge(Received.AddDays(2));

        var refused = Assert.Throws<CaseStateException>(() => @case.RecordResponse(Response(1)));
        Assert.Contains("before it was acknowledged", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_response_recorded_while_an_extension_waits_is_recorded_and_the_extension_lapses_undecided()
    {
        var @case = Complaint();
        @case.Acknowledge(Received.AddHours(1));
        @case.RequestExtension(Officer, Received.AddDays(3), 5, "Survey needed.", customerAgreed: true);

        @case.RecordResponse(Response(5));

        var stage = @case.Stage(1)!;
        Assert.NotNull(stage.Response);
        Assert.Null(stage.PendingExtension);
        Assert.Equal((ExtensionDecision.Lapsed, (int?)null, 0), (stage.Extensions[0].Decision, stage.Extensions[0].DecidedById, stage.ApprovedExtensionDays));
    }

    [Fact]
    public void A_withdrawn_extension_moves_nothing_and_the_stage_may_be_extended_again()
    {
        var @case = Complaint();
        @case.Acknowledge(Received.AddHours(1));
        @case.RequestExtension(Officer, Received.AddDays(3), 5, "Survey needed.", customerAgreed: true);

        @case.WithdrawExtension(Officer, Received.AddDays(4));

        Assert.Equal((ExtensionDecision.Withdrawn, 0), (@case.Stage(1)!.Extensions[0].Decision, @case.Stage(1)!.ApprovedExtensionDays));
        @case.RequestExtension(Officer, Received.AddDays(4), 3, "Survey booked.", customerAgreed: true);
        @case.WithdrawExtension(Officer, Received.AddDays(5));
        Assert.Throws<CaseStateException>(() => @case.WithdrawExtension(Officer, Received.AddDays(5)));
    }

    [Fact]
    public void Only_one_extension_per_stage_waits_for_a_decision_at_a_time()
    {
        var @case = Complaint();
        @case.RequestExtension(Officer, Received.AddDays(3), 5, "Survey needed.", customerAgreed: true);

        Assert.Throws<CaseStateException>(() => @case.RequestExtension(Officer, Received.AddDays(4), 5, "Again.", customerAgreed: true));
    }

    [Fact]
    public void An_extension_is_decided_once_and_not_approved_by_the_person_who_asked_for_it()
    {
        var @case = Complaint();
        var extension = @case.RequestExtension(Officer, Received.AddDays(3), 5, "Survey needed.", customerAgreed: true);

        Assert.Throws<CaseStateException>(() => @case.DecideExtension(extension.Id, approve: true, Officer, Received.AddDays(4), null));
        @case.DecideExtension(extension.Id, approve: false, Manager, Received.AddDays(4), "Not needed.");
        Assert.Throws<CaseStateException>(() => @case.DecideExtension(extension.Id, approve: true, Manager, Received.AddDays(5), null));
        Assert.Equal((ExtensionDecision.Declined, 0), (extension.Decision, @case.Stage(1)!.ApprovedExtensionDays));
    }

    [Fact]
    public void Escalation_opens_the_next_stage_on_the_day_it_is_requested()
    {
        var @case = Complaint();
        @case.Acknowledge(Received.AddHours(1));
        @case.RecordResponse(Response(5));

        var stage2 = @case.Escalate(Received.AddDays(8), lastStage: 2, Reviewer);

        Assert.Equal((2, Received.AddDays(8), Reviewer), (stage2.Number, stage2.OpenedAt, stage2.OwnerId!.Value));
        Assert.Equal(Received.AddDays(8), @case.Stage(1)!.EscalationRequestedAt);
        Assert.Equal((2, Reviewer), (@case.CurrentStage!.Value, @case.OwnerId!.Value));
    }

    [Fact]
    public void A_stage_without_a_response_cannot_be_escalated()
    {
        var @case = Complaint();
        @case.Acknowledge(Received.AddHours(1));

        Assert.Throws<CaseStateException>(() => @case.Escalate(Received.AddDays(8), lastStage: 2, Reviewer));
    }

    [Fact]
    public void The_final_stage_cannot_be_escalated()
    {
        var @case = Complaint();
        @case.Acknowledge(Received.AddHours(1));
        @case.RecordResponse(Response(5));
        @case.Escalate(Received.AddDays(8), lastStage: 2, Reviewer);
        @case.Acknowledge(Received.AddDays(9));
        @case.RecordResponse(Response(20));

        var refused = Assert.Throws<CaseStateException>(() => @case.Escalate(Received.AddDays(21), lastStage: 2, Reviewer));
        Assert.Contains("final stage", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_complaint_closes_only_once_its_running_stage_is_answered()
    {
        var @case = Complaint();
        @case.Acknowledge(Received.AddHours(1));
        Assert.Throws<CaseStateException>(() => @case.Close(Received.AddDays(2)));

        @case.RecordResponse(Response(5));
        @case.Close(Received.AddDays(6));

        Assert.Equal((CaseStatus.Closed, Received.AddDays(6)), (@case.Status, @case.ClosedAt!.Value));
        Assert.Throws<CaseStateException>(() => @case.Close(Received.AddDays(7)));
        Assert.Throws<CaseStateException>(() => @case.Acknowledge(Received.AddDays(7)));
    }

    [Fact]
    public void Closing_records_what_was_learnt_and_the_service_improvement_Code_9_1_and_9_2_and_they_can_be_added_later()
    {
        var @case = Complaint();
        @case.Acknowledge(Received.AddHours(1));
        @case.RecordResponse(Response(5));

        @case.Close(Received.AddDays(6), "  Repairs booked by phone were not logged.  ", " ");

        Assert.Equal(("Repairs booked by phone were not logged.", (string?)null), (@case.Learning, @case.ServiceImprovement));
        var version = @case.Version;
        @case.RecordLearning(null, "Every phone booking now gets a job number read back to the caller.");
        Assert.Equal(("Repairs booked by phone were not logged.", "Every phone booking now gets a job number read back to the caller."), (@case.Learning, @case.ServiceImprovement));
        Assert.Equal(version + 1, @case.Version);
        Assert.Throws<CaseStateException>(() => @case.RecordLearning(" ", null));
    }

    [Fact]
    public void Learning_is_added_after_closing_not_while_the_case_is_open()
    {
        var @case = Complaint();

        Assert.Throws<CaseStateException>(() => @case.RecordLearning("Something", null));
    }

    [Fact]
    public void The_Ombudsman_determination_is_recorded_on_a_complaint_only_and_dated_between_receipt_and_recording()
    {
        var @case = Complaint();
        @case.Acknowledge(Received.AddHours(1));
        @case.RecordResponse(Response(5));
        @case.Close(Received.AddDays(6));
        var recordedAt = new DateTimeOffset(2026, 9, 15, 10, 0, 0, TimeSpan.Zero);

        @case.RecordOmbudsmanDetermination(new OmbudsmanDetermination(OmbudsmanFinding.Maladministration, new DateOnly(2026, 9, 14), " Pay £300. ", Manager, recordedAt));

        Assert.Equal((OmbudsmanFinding.Maladministration, new DateOnly(2026, 9, 14), "Pay £300."),
            (@case.OmbudsmanDetermination!.Finding, @case.OmbudsmanDetermination.DeterminedOn, @case.OmbudsmanDetermination.Orders));
        Assert.True(@case.OmbudsmanDetermination.Finding.IsAdverse());
        Assert.Throws<CaseStateException>(() => @case.RecordOmbudsmanDetermination(new OmbudsmanDetermination(OmbudsmanFinding.ServiceFailure, new DateOnly(2026, 9, 16), null, Manager, recordedAt)));
        Assert.Throws<CaseStateException>(() => @case.RecordOmbudsmanDetermination(new OmbudsmanDetermination(OmbudsmanFinding.ServiceFailure, new DateOnly(2026, 3, 1), null, Manager, recordedAt)));
        var request = Case.Open(new CaseReference("HOC", 2026, 2), Intake(ContactKind.ServiceRequest));
        Assert.Throws<CaseStateException>(() => request.RecordOmbudsmanDetermination(new OmbudsmanDetermination(OmbudsmanFinding.NoMaladministration, new DateOnly(2026, 9, 14), null, Manager, recordedAt)));
    }

    [Fact]
    public void An_exclusion_that_applies_takes_the_complaint_out_of_the_process()
    {
        var @case = Complaint();

        @case.DecideExclusion("legal-proceedings", applies: true, Manager, Received.AddHours(2), ExclusionOutcome.NotAccepted, "The matter is before the court.");

        Assert.Equal(CaseStatus.NotAccepted, @case.Status);
        Assert.Throws<CaseStateException>(() => @case.Acknowledge(Received.AddHours(3)));
        @case.Close(Received.AddHours(4));
        Assert.Equal(CaseStatus.Closed, @case.Status);
    }

    [Fact]
    public void A_complaint_not_accepted_needs_the_explanation_given_to_the_customer()
    {
        var @case = Complaint();

        Assert.Throws<ArgumentException>(() =>
            @case.DecideExclusion("legal-proceedings", applies: true, Manager, Received.AddHours(2), ExclusionOutcome.NotAccepted, null));
    }

    [Fact]
    public void Every_transition_moves_the_version_on()
    {
        var @case = Complaint();
        @case.RecordContact(Received.AddHours(1), ContactChannel.Phone, Officer, "Called back.");
        @case.Acknowledge(Received.AddHours(2));
        @case.AssignOwner(Manager);

        Assert.Equal(4, @case.Version);
    }

    [Fact]
    public void An_anonymous_customer_has_no_name_and_a_named_one_needs_one()
    {
        Assert.Null(Customer.Anonymous().Name);
        Assert.Throws<ArgumentException>(() => new Customer("Ada", isAnonymous: true, null, CustomerRelationship.Tenant));
        Assert.Throws<ArgumentException>(() => new Customer(" ", isAnonymous: false, null, CustomerRelationship.Tenant));
    }

    [Fact]
    public void Only_a_compliment_names_the_staff_praised()
    {
        Assert.Equal("Jo at the depot", Case.Open(new CaseReference("HOC", 2026, 1), Intake(ContactKind.Compliment) with { StaffPraised = "Jo at the depot" }).StaffPraised);
        Assert.Throws<ArgumentException>(() => Case.Open(new CaseReference("HOC", 2026, 2), Intake() with { StaffPraised = "Jo" }));
    }

    [Fact]
    public void An_issue_cannot_have_occurred_after_the_contact_was_received_in_London()
    {
        // 23:30 UTC on 30 June is already 1 July in London (BST).
        var lateEvening = Intake() with { ReceivedAt = new DateTimeOffset(2026, 6, 30, 23, 30, 0, TimeSpan.Zero) };

        Case.Open(new CaseReference("HOC", 2026, 1), lateEvening with { IssueOccurredOn = new DateOnly(2026, 7, 1) });
        var refused = Assert.Throws<ArgumentException>(() =>
            Case.Open(new CaseReference("HOC", 2026, 2), lateEvening with { IssueOccurredOn = new DateOnly(2026, 7, 2) }));
        Assert.Contains("received on 1 July 2026", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_customer_cannot_have_become_aware_of_an_issue_before_it_occurred() =>
        Assert.Throws<ArgumentException>(() => Case.Open(new CaseReference("HOC", 2026, 1),
            Intake() with { IssueOccurredOn = new DateOnly(2026, 2, 10), CustomerAwareOn = new DateOnly(2026, 2, 9) }));
}
