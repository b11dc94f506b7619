using ComplaintsBot.Cases.Deadlines;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Cases.Rules;
using ComplaintsBot.Workflows.CaseCard;

namespace ComplaintsBot.Tests.Workflows.CaseCard;

/// <summary>
/// The case card's status, next action and buttons for every state a case can be in and every kind of viewer: the
/// one who holds it, the one who held it before (or recorded it), a manager, and anyone else. One row per state and
/// viewer; the deadlines come from the deadline engine at a fixed instant (working days, England and Wales).
/// </summary>
public sealed class CaseCardStateTests
{
    // Monday 7 December 2026, 10:00 in London (GMT): every case below is received then.
    private static readonly DateTimeOffset Received = new(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);
    private static readonly PolicyCatalog Policies = PolicyCatalog.Load();

    private static readonly StaffMember Holder = Staff(1, "Priya Shah", StaffRoles.Officer);
    private static readonly StaffMember Before = Staff(2, "Tom Reed", StaffRoles.Officer);
    private static readonly StaffMember Manager = Staff(3, "Sam Patel", StaffRoles.Manager);
    private static readonly StaffMember Someone = Staff(4, "Ali Khan", StaffRoles.Officer);

    public enum State
    {
        AwaitingAcknowledgement,
        Acknowledged,
        ExtensionWaiting,
        CompensationWaiting,
        SignOffNamedByPolicy,
        SignOffWaiting,
        ExclusionWaiting,
        RespondedWindowOpen,
        RespondedWindowClosed,
        RespondedNoWindow,
        Stage2AwaitingAcknowledgement,
        Stage2Responded,
        Closed,
        NotAccepted,
        GeneralFeedback,
        EscalatedServiceRequest,
        OtherFeedback,
        ServiceRequest,
    }

    /// <summary>State, viewer, status, how the next action starts, the buttons shown (in card order).</summary>
    public static TheoryData<State, CaseViewerRole, string, string, string> Rows()
    {
        var rows = new TheoryData<State, CaseViewerRole, string, string, string>();
        const string ReadOnly = "history";
        const string HeldBy = "Nothing for you: Priya Shah holds this case now.";
        void Add(State state, string status, string owner, string ownerButtons, string manager, string managerButtons)
        {
            rows.Add(state, CaseViewerRole.Owner, status, owner, ownerButtons);
            rows.Add(state, CaseViewerRole.Manager, status, manager, managerButtons);
            rows.Add(state, CaseViewerRole.PreviousOwner, status, state is State.Closed or State.NotAccepted ? "Nothing: the case is closed." : HeldBy, ReadOnly);
            rows.Add(state, CaseViewerRole.Other, status, state is State.Closed or State.NotAccepted ? "Nothing: the case is closed." : HeldBy, ReadOnly);
        }

        Add(State.AwaitingAcknowledgement, "Awaiting acknowledgement",
            "Stage 1 acknowledgement by Mon 14 Dec 2026.", "acknowledge recordContact requestExtension history",
            "Stage 1 acknowledgement by Mon 14 Dec 2026.", "acknowledge recordContact requestExtension reassign history");
        Add(State.Acknowledged, "Acknowledged, awaiting response",
            "Stage 1 response by", "recordContact recordResponse requestExtension history",
            "Stage 1 response by", "recordContact recordResponse requestExtension reassign history");
        Add(State.ExtensionWaiting, "Extension awaiting decision",
            // Code 4.1: the person or team responsible for complaint handling decides extensions under the Code's policy file.
            "Waiting for Person or team responsible for complaint handling (Code 4.1) to decide the extension of 5 working days: if nobody does, send it again or withdraw it. You can record the response meanwhile",
            "recordContact recordResponse withdrawExtension resendExtension history",
            "Decide the extension of 5 working days from the approval card, or record the response (the request then lapses).",
            "recordContact recordResponse withdrawExtension resendExtension reassign history");
        Add(State.CompensationWaiting, "Response written, compensation awaiting approval",
            "Waiting for £250.00 compensation to be agreed; the response is recorded once it is. If nobody decides, send it again, or withdraw it and record the response again.",
            "recordContact withdrawCompensation resendCompensation history",
            "Agree or decline £250.00 compensation from the approval card", "recordContact withdrawCompensation resendCompensation reassign history");
        // TCH 8.1: the Customer Experience Manager approves every response (the contact promised after acknowledging comes first).
        Add(State.SignOffNamedByPolicy, "Acknowledged, awaiting response",
            "Stage 1 contact with customer by", "recordContact recordResponse requestExtension history",
            "Stage 1 contact with customer by", "recordContact recordResponse requestExtension reassign history");
        // TCH 8.1: the response is written and waits for the Customer Experience Manager; its deadline keeps running.
        Add(State.SignOffWaiting, "Response written, awaiting sign-off by the Customer Experience Manager",
            "Waiting for the Customer Experience Manager to sign off the response; it is recorded as sent once they do. If nobody does, send it again, or withdraw it and record the response again. Stage 1",
            "recordContact withdrawSignOff resendSignOff history",
            "Waiting for the Customer Experience Manager to sign off the response; it is recorded as sent once they do.",
            "recordContact withdrawSignOff resendSignOff reassign history");
        // Code 2.3, 4.1: the person or team responsible for complaint handling decides, not any manager (ExclusionDecisionAction).
        Add(State.ExclusionWaiting, "Waiting for a decision on whether to accept it as a complaint",
            "Person or team responsible for complaint handling (Code 4.1) decides whether to accept it as a complaint: if nobody does, send the referral again, " +
            "or withdraw it if the exclusion does not apply after all. Its deadlines run meanwhile: Stage 1 acknowledgement by Mon 14 Dec 2026.",
            "acknowledge recordContact requestExtension withdrawExclusion resendExclusion history",
            // A manager who is not the decider the policy names may send the referral again, not take it back.
            "Person or team responsible for complaint handling (Code 4.1) decides whether to accept it as a complaint:", "acknowledge recordContact requestExtension resendExclusion reassign history");
        // whg 2.18: 28 days from the Stage 1 response on Mon 7 Dec 2026.
        Add(State.RespondedWindowOpen, "Stage 1 - Investigation response sent; the customer may ask for Stage 2 - Review until Mon 4 Jan 2027",
            "The customer can ask for Stage 2 - Review until Mon 4 Jan 2027; close the case after that. Escalate it if they ask.", "recordContact escalate close history letter",
            "The customer can ask for Stage 2 - Review until Mon 4 Jan 2027; close the case after that. Escalate it if they ask.", "recordContact escalate reassign close history letter");
        Add(State.RespondedWindowClosed, "Stage 1 - Investigation response sent; the customer's time to ask for Stage 2 - Review ended Mon 4 Jan 2027",
            "The customer's time to ask for Stage 2 - Review ended Mon 4 Jan 2027: close the case when everything promised is done.", "recordContact escalate close history letter",
            "The customer's time to ask for Stage 2 - Review ended Mon 4 Jan 2027: close the case when everything promised is done.", "recordContact escalate reassign close history letter");
        // The Code sets no time limit for asking for stage 2.
        Add(State.RespondedNoWindow, "Stage 1 response sent",
            "Close the case when everything promised is done; escalate it if the customer asks for Stage 2.", "recordContact escalate close history letter",
            "Close the case when everything promised is done; escalate it if the customer asks for Stage 2.", "recordContact escalate reassign close history letter");
        Add(State.Stage2AwaitingAcknowledgement, "Awaiting acknowledgement",
            "Stage 2 acknowledgement by", "acknowledge recordContact requestExtension history letter",
            "Stage 2 acknowledgement by", "acknowledge recordContact requestExtension reassign history letter");
        Add(State.Stage2Responded, "Stage 2 - Review response sent",
            "Close the case when everything promised is done.", "recordContact close history letter",
            "Close the case when everything promised is done.", "recordContact reassign close history letter");
        Add(State.Closed, "Closed", "Nothing: the case is closed.", "history letter", "Nothing: the case is closed.", "history letter");
        Add(State.NotAccepted, "Not accepted as a complaint", "Nothing: the case is closed.", "history", "Nothing: the case is closed.", "history");
        Add(State.GeneralFeedback, "Logged (feedback: no acknowledgement or response is due)",
            "Close the case once it is dealt with.", "recordContact close history",
            "Close the case once it is dealt with.", "recordContact reassign close history");
        // TCH 7.2.2: an escalated service request is resolved within three working days.
        Add(State.EscalatedServiceRequest, "Awaiting a quick response",
            "Respond to the feedback by Thu 10 Dec 2026. Then close the case.", "recordContact recordResponse close history",
            "Respond to the feedback by Thu 10 Dec 2026. Then close the case.", "recordContact recordResponse reassign close history");
        Add(State.OtherFeedback, "Logged (feedback: no acknowledgement or response is due)",
            "Close the case once it is dealt with.", "recordContact close history",
            "Close the case once it is dealt with.", "recordContact reassign close history");
        Add(State.ServiceRequest, "Logged (a service request: no acknowledgement or response is due)",
            "Close the case once it is dealt with.", "recordContact close history",
            "Close the case once it is dealt with.", "recordContact reassign close history");
        return rows;
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void The_card_says_what_the_state_is_what_to_do_next_and_offers_only_the_buttons_that_work(
        State state, CaseViewerRole viewer, string status, string nextActionStart, string buttons)
    {
        var (@case, policy, at) = Build(state);
        var person = viewer switch
        {
            CaseViewerRole.Owner => Holder,
            CaseViewerRole.PreviousOwner => Before,
            CaseViewerRole.Manager => Manager,
            _ => Someone,
        };
        var deadlines = new DeadlineCalculator().For(@case, policy, at).ToArray();

        var card = CaseCardState.For(@case, policy, deadlines, person, Holder.DisplayName);

        Assert.Equal(viewer, card.Viewer);
        Assert.Equal(status, card.Status);
        Assert.StartsWith(nextActionStart, card.NextAction, StringComparison.Ordinal);
        Assert.Equal(buttons, Buttons(card.Can));
    }

    [Fact]
    public void Code_2_3_the_holder_of_the_named_role_is_told_to_decide_the_exclusion_from_its_card()
    {
        var (@case, policy, at) = Build(State.ExclusionWaiting);
        var lead = Staff(5, "Lee Ward", "complaint-lead");

        var card = CaseCardState.For(@case, policy, new DeadlineCalculator().For(@case, policy, at).ToArray(), lead, Holder.DisplayName);

        Assert.StartsWith("Decide whether to accept it as a complaint, from the exclusion decision card.", card.NextAction, StringComparison.Ordinal);
    }

    [Fact]
    public void Tch_8_1_the_next_action_says_the_customer_experience_manager_signs_the_response_off()
    {
        var (@case, policy, at) = Build(State.SignOffNamedByPolicy);

        var card = CaseCardState.For(@case, policy, new DeadlineCalculator().For(@case, policy, at).ToArray(), Holder, Holder.DisplayName);

        Assert.EndsWith("Customer Experience Manager signs the response off before it is sent (TCH 8.1).", card.NextAction, StringComparison.Ordinal);
    }

    [Fact]
    public void Tch_8_1_the_customer_experience_manager_is_told_to_sign_off_the_waiting_response_with_its_deadline()
    {
        var (@case, policy, at) = Build(State.SignOffWaiting);
        var signer = Staff(5, "Lee Ward", "customer-experience-manager");

        var card = CaseCardState.For(@case, policy, new DeadlineCalculator().For(@case, policy, at).ToArray(), signer, Holder.DisplayName);

        Assert.StartsWith("Sign off the response, or send it back, from the sign-off card. Stage 1", card.NextAction, StringComparison.Ordinal);
    }

    private static string Buttons(CasePermissions can) => string.Join(' ', new (bool On, string Name)[]
    {
        (can.Acknowledge, "acknowledge"), (can.RecordContact, "recordContact"), (can.RecordResponse, "recordResponse"),
        (can.RequestExtension, "requestExtension"), (can.WithdrawExtension, "withdrawExtension"), (can.ResendExtension, "resendExtension"),
        (can.WithdrawCompensation, "withdrawCompensation"), (can.ResendCompensation, "resendCompensation"),
        (can.WithdrawExclusion, "withdrawExclusion"), (can.ResendExclusion, "resendExclusion"),
        (can.WithdrawSignOff, "withdrawSignOff"), (can.ResendSignOff, "resendSignOff"),
        (can.Escalate, "escalate"), (can.Reassign, "reassign"), (can.Close, "close"), (can.History, "history"), (can.Letter, "letter"),
    }.Where(b => b.On).Select(b => b.Name));

    /// <summary>A case in <paramref name="state"/>, recorded by <see cref="Before"/> and held by <see cref="Holder"/>, and the instant it is looked at.</summary>
    private static (Case Case, Policy Policy, DateTimeOffset At) Build(State state)
    {
        var policyId = state switch
        {
            State.RespondedWindowOpen or State.RespondedWindowClosed or State.Stage2AwaitingAcknowledgement or State.Stage2Responded => "whg",
            State.SignOffNamedByPolicy or State.SignOffWaiting or State.EscalatedServiceRequest => "tch-rosebery",
            State.OtherFeedback => "his",
            _ => "hoc-2024",
        };
        var policy = Policies.Get(policyId);
        var (category, kind) = state switch
        {
            State.GeneralFeedback or State.OtherFeedback => ("feedback", ContactKind.Feedback),
            State.EscalatedServiceRequest => ("quick-resolution", ContactKind.Feedback),
            State.ServiceRequest => ("service-request", ContactKind.ServiceRequest),
            _ => ("complaint", ContactKind.Complaint),
        };
        var @case = Case.Open(new CaseReference("TST", 2026, 1), new CaseIntake
        {
            PolicyId = policy.Id, CategoryId = category, Kind = kind,
            Customer = Customer.Named("Mrs Jo O'Neill", CustomerRelationship.Tenant), Channel = ContactChannel.Phone, ReceivedAt = Received,
            Description = "Damp and mould in the back bedroom.", RecordedById = Before.Id, OwnerId = Holder.Id,
        });
        var at = Received.AddHours(1);
        var response = new StageResponse(Received.AddHours(2), StageOutcome.Upheld, "The repair was late.", null, null, null);
        switch (state)
        {
            case State.Acknowledged or State.SignOffNamedByPolicy:
                @case.Acknowledge(Received.AddMinutes(30));
                break;
            case State.SignOffWaiting:
                @case.Acknowledge(Received.AddMinutes(30));
                @case.RequestSignOff(Holder.Id, response, "customer-experience-manager");
                break;
            case State.ExtensionWaiting:
                @case.Acknowledge(Received.AddMinutes(30));
                @case.RequestExtension(Holder.Id, Received.AddHours(1), 5, "Waiting for the surveyor's report.", customerAgreed: true);
                break;
            case State.CompensationWaiting:
                @case.Acknowledge(Received.AddMinutes(30));
                @case.RequestCompensationApproval(Holder.Id, new StageResponse(Received.AddHours(1), StageOutcome.Upheld, "Late.", null, 250m, null), "complaint-lead", Manager.Id);
                break;
            case State.ExclusionWaiting:
                @case.DecideExclusion("issue-too-old", true, Holder.Id, Received, ExclusionOutcome.AwaitingManager, null);
                break;
            case State.RespondedWindowOpen or State.RespondedWindowClosed or State.RespondedNoWindow:
                @case.Acknowledge(Received.AddMinutes(30));
                @case.RecordResponse(response);
                at = state == State.RespondedWindowClosed ? new DateTimeOffset(2027, 1, 5, 10, 0, 0, TimeSpan.Zero) : Received.AddDays(3);
                break;
            case State.Stage2AwaitingAcknowledgement or State.Stage2Responded:
                // Tom handled stage 1; Priya holds the review.
                @case.AssignOwner(Before.Id);
                @case.Acknowledge(Received.AddMinutes(30));
                @case.RecordResponse(response);
                @case.Escalate(Received.AddDays(2), policy.Stages.Count, Holder.Id);
                if (state == State.Stage2Responded)
                {
                    @case.Acknowledge(Received.AddDays(3));
                    @case.RecordResponse(new StageResponse(Received.AddDays(4), StageOutcome.NotUpheld, "Reviewed.", null, null, null));
                }
                at = Received.AddDays(5);
                break;
            case State.Closed:
                @case.Acknowledge(Received.AddMinutes(30));
                @case.RecordResponse(response);
                @case.Close(Received.AddHours(3));
                at = Received.AddDays(1);
                break;
            case State.NotAccepted:
                @case.DecideExclusion("legal-proceedings", true, Holder.Id, Received, ExclusionOutcome.NotAccepted, "A claim about this is before the court.");
                break;
        }
        return (@case, policy, at);
    }

    private static StaffMember Staff(int id, string name, params string[] roles)
    {
        var member = new StaffMember($"aad-{id}", name) { Roles = [.. roles] };
        typeof(StaffMember).GetProperty(nameof(StaffMember.Id))!.SetValue(member, id);
        return member;
    }
}
