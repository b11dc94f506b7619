using System.Globalization;
using ComplaintsBot.Cases.Deadlines;
using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Cases.Time;

namespace ComplaintsBot.Cases.Domain;

/// <summary>
/// A logged contact and everything that follows from it. Changes go through intent-named transitions that
/// check the state they start from, and each one moves <see cref="Version"/> on, so a stale card or a
/// second click is refused by the store's concurrency check.
/// </summary>
public sealed class Case
{
    private readonly List<CaseContact> _contacts = [];
    private readonly List<CaseStage> _stages = [];
    private readonly List<ExclusionDecision> _exclusionDecisions = [];
    private readonly List<ContactRestriction> _contactRestrictions = [];

    // For EF Core, which fills the properties itself.
    private Case()
    {
        PolicyId = CategoryId = Description = "";
        Customer = Customer.Anonymous();
    }

    public int Id { get; private set; }
    public CaseReference Reference { get; private set; }
    public string PolicyId { get; private set; }
    public string CategoryId { get; private set; }
    public ContactKind Kind { get; private set; }
    public CaseStatus Status { get; private set; }
    /// <summary>
    /// The running stage: complaints run stages 1, 2...; feedback (a grumble or quick resolution) runs stage 1
    /// only, for its response. Null for service requests and compliments.
    /// </summary>
    public int? CurrentStage { get; private set; }
    public Customer Customer { get; private set; }
    public Representative? Representative { get; private set; }
    public string? Vulnerability { get; private set; }
    public string? ReasonableAdjustments { get; private set; }
    public ContactChannel Channel { get; private set; }
    public DateTimeOffset ReceivedAt { get; private set; }
    public DateOnly? IssueOccurredOn { get; private set; }
    public DateOnly? CustomerAwareOn { get; private set; }
    public string Description { get; private set; }
    public string? DesiredOutcome { get; private set; }
    public string? ServiceArea { get; private set; }
    public string? Theme { get; private set; }
    public int? OwnerId { get; private set; }
    public bool SafeguardingConcern { get; private set; }
    public bool HealthAndSafetyConcern { get; private set; }
    public string? StaffPraised { get; private set; }
    /// <summary>The draft this case was saved from (<see cref="CaseIntake.IntakeId"/>); unique, so a draft opens one case.</summary>
    public Guid? IntakeId { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }
    /// <summary>The customer was granted the policy's longer window to ask for the next stage.</summary>
    public bool EscalationWindowExtended { get; private set; }
    /// <summary>What the landlord learnt from the case, recorded when it was closed (Code 9.1: look beyond the individual complaint).</summary>
    public string? Learning { get; private set; }
    /// <summary>The change to the service the case led to, if any (Code 9.2), reported in the annual report (Code 8.1).</summary>
    public string? ServiceImprovement { get; private set; }
    /// <summary>The Housing Ombudsman's determination, when the customer took the complaint to it.</summary>
    public OmbudsmanDetermination? OmbudsmanDetermination { get; private set; }
    /// <summary>How the complaints process was ended under the policy's provision for unreasonable behaviour; null unless it was.</summary>
    public ComplaintEnding? Ending { get; private set; }
    /// <summary>
    /// Kept whatever the retention schedule says (a claim, litigation, an Ombudsman or regulator's investigation): a
    /// held case is neither anonymised by the retention job nor erased on request until the hold is lifted.
    /// </summary>
    public bool LegalHold { get; private set; }
    /// <summary>Why the case is held, as the manager who placed the hold wrote it.</summary>
    public string? LegalHoldReason { get; private set; }
    /// <summary>When the customer's personal data was anonymised (retention, or erasure on request); null while it is held.</summary>
    public DateTimeOffset? AnonymisedAt { get; private set; }
    /// <summary>
    /// Stands for the customer once their details are anonymised; given to every case of the customer when the first is,
    /// so a report still counts one person's repeat complaints together. <see cref="HomeAlias"/> does the same for
    /// their tenancy reference.
    /// </summary>
    public string? CustomerAlias { get; private set; }
    public string? HomeAlias { get; private set; }
    /// <summary>Moves on with every change; the store's optimistic concurrency token.</summary>
    public int Version { get; private set; }

    /// <summary>What anonymised free text reads.</summary>
    public const string Anonymised = "[anonymised]";

    public IReadOnlyList<CaseContact> Contacts => _contacts;
    public IReadOnlyList<CaseStage> Stages => _stages;
    /// <summary>Restrictions on the customer's contact decided on this case, lifted ones included (the record of them is kept).</summary>
    public IReadOnlyList<ContactRestriction> ContactRestrictions => _contactRestrictions;
    /// <summary>The restriction on the customer's contact in force from this case; null when none is.</summary>
    public ContactRestriction? ActiveContactRestriction => _contactRestrictions.LastOrDefault(r => !r.IsLifted);
    public IReadOnlyList<ExclusionDecision> ExclusionDecisions => _exclusionDecisions;

    public CaseStage? Stage(int number) => _stages.FirstOrDefault(s => s.Number == number);

    /// <summary>Whether this kind of case runs stages: complaints, and feedback for its quick response.</summary>
    public bool HasStages => Kind is ContactKind.Complaint or ContactKind.Feedback;

    /// <summary>Opens a case from the contact staff logged; a complaint (or feedback) starts at stage 1 on receipt.</summary>
    public static Case Open(CaseReference reference, CaseIntake intake)
    {
        ArgumentNullException.ThrowIfNull(intake);
        Require(intake.PolicyId, "policy id");
        Require(intake.CategoryId, "category id");
        Require(intake.Description, "description");
        if (intake.StaffPraised is not null && intake.Kind != ContactKind.Compliment)
            throw new ArgumentException("Only a compliment names the staff praised.", nameof(intake));
        if (intake.ReceivedAt == default)
            throw new ArgumentException("A case needs the instant the contact was received.", nameof(intake));
        if (intake.CustomerAwareOn < intake.IssueOccurredOn)
            throw new ArgumentException("The customer cannot have become aware of the issue before it occurred.", nameof(intake));
        var receivedOn = LondonTime.DateOf(intake.ReceivedAt);
        if (intake.IssueOccurredOn > receivedOn || intake.CustomerAwareOn > receivedOn)
            throw new ArgumentException($"The issue cannot have occurred, or come to the customer's notice, after the contact was received on {receivedOn.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}.", nameof(intake));

        var received = intake.ReceivedAt.ToUniversalTime();
        var owner = intake.OwnerId ?? intake.RecordedById;
        var @case = new Case
        {
            Reference = reference,
            PolicyId = intake.PolicyId.Trim(),
            CategoryId = intake.CategoryId.Trim(),
            Kind = intake.Kind,
            Status = CaseStatus.Open,
            Customer = intake.Customer,
            Representative = intake.Representative,
            Vulnerability = Optional(intake.Vulnerability),
            ReasonableAdjustments = Optional(intake.ReasonableAdjustments),
            Channel = intake.Channel,
            ReceivedAt = received,
            IssueOccurredOn = intake.IssueOccurredOn,
            CustomerAwareOn = intake.CustomerAwareOn,
            Description = intake.Description.Trim(),
            DesiredOutcome = Optional(intake.DesiredOutcome),
            ServiceArea = Optional(intake.ServiceArea),
            Theme = Optional(intake.Theme),
            OwnerId = owner,
            SafeguardingConcern = intake.SafeguardingConcern,
            HealthAndSafetyConcern = intake.HealthAndSafetyConcern,
            StaffPraised = Optional(intake.StaffPraised),
            IntakeId = intake.IntakeId,
            Version = 1,
        };
        @case._contacts.Add(new CaseContact(received, intake.Channel, intake.RecordedById, intake.Description, openedCase: true));
        if (@case.HasStages)
        {
            @case._stages.Add(new CaseStage(1, received, owner));
            @case.CurrentStage = 1;
        }
        return @case;
    }

    /// <summary>
    /// Records a later interaction with the customer ("contact with customer"). The first one after a
    /// stage's acknowledgement is the contact some policies promise within days of it.
    /// </summary>
    public CaseContact RecordContact(DateTimeOffset at, ContactChannel channel, int? recordedById, string summary)
    {
        var contact = new CaseContact(at, channel, recordedById, summary, openedCase: false);
        _contacts.Add(contact);
        if (Status == CaseStatus.Open && Running() is { AcknowledgedAt: { } acknowledged, CustomerContactedAt: null, Response: null } stage
            && contact.At >= acknowledged)
            stage.RecordCustomerContact(contact.At);
        Touch();
        return contact;
    }

    public void AssignOwner(int? staffId)
    {
        RequireStatus(CaseStatus.Open, "change its owner");
        OwnerId = staffId;
        Running()?.AssignOwner(staffId);
        Touch();
    }

    /// <summary>Records the answer to an exclusion question; a complaint not accepted leaves the process.</summary>
    public ExclusionDecision DecideExclusion(string exclusionId, bool applies, int decidedById, DateTimeOffset decidedAt, ExclusionOutcome outcome, string? explanationGiven)
    {
        if (Kind != ContactKind.Complaint)
            throw new CaseStateException($"{Reference} is a {Kind}, not a complaint; exclusions apply to complaints only.");
        RequireStatus(CaseStatus.Open, "decide an exclusion");
        var decision = new ExclusionDecision(exclusionId, applies, decidedById, decidedAt, outcome, explanationGiven);
        _exclusionDecisions.Add(decision);
        if (outcome == ExclusionOutcome.NotAccepted) Status = CaseStatus.NotAccepted;
        Touch();
        return decision;
    }

    /// <summary>
    /// The running stage is acknowledged, defined and logged (Code 6.2, 6.11): <paramref name="complaintDefinition"/> is
    /// the landlord's understanding of the complaint and the outcomes the customer seeks (Code 5.6), which the stage's
    /// letter gives back to them; null where none was set out, and the letter then uses <see cref="DefinitionFor"/>.
    /// </summary>
    public void Acknowledge(DateTimeOffset at, string? complaintDefinition = null)
    {
        var stage = RunningStage("acknowledge it");
        if (stage.AcknowledgedAt is not null)
            throw new CaseStateException($"Stage {stage.Number} of {Reference} was already acknowledged.");
        if (at < stage.OpenedAt)
            throw new CaseStateException($"Stage {stage.Number} of {Reference} cannot be acknowledged before it opened.");
        stage.Acknowledge(at, Optional(complaintDefinition));
        Touch();
    }

    /// <summary>
    /// The complaint as defined for a stage: what was set out at its acknowledgement, else what the previous stage
    /// defined, else (a stage acknowledged before definitions were kept) what was said when the contact was logged.
    /// </summary>
    public string DefinitionFor(int stageNumber)
    {
        for (var number = stageNumber; number >= 1; number--)
            if (Stage(number)?.ComplaintDefinition is { } definition) return definition;
        return DesiredOutcome is null ? Description : $"{Description} You told us you wanted: {DesiredOutcome}";
    }

    /// <summary>The definition offered to staff when they acknowledge the running stage, for them to correct.</summary>
    public string ProposedDefinition() => CurrentStage is { } number ? DefinitionFor(number) : DefinitionFor(1);

    /// <summary>
    /// Records the stage's response. An extension still waiting for a decision lapses: the response is what the
    /// customer was waiting for, and a manager who never decides must not stop the owner answering them.
    /// </summary>
    public void RecordResponse(StageResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var stage = ReadyToRespond(response);
        stage.PendingExtension?.Lapse(response.RespondedAt);
        stage.Respond(response);
        Touch();
    }

    /// <summary>Takes back the extension waiting for a decision on the running stage (by its requester, or the case's owner).</summary>
    public StageExtension WithdrawExtension(int withdrawnById, DateTimeOffset at)
    {
        var stage = RunningStage("withdraw an extension");
        var pending = stage.PendingExtension
            ?? throw new CaseStateException($"Stage {stage.Number} of {Reference} has no extension waiting for a decision.");
        pending.Withdraw(withdrawnById, at);
        Touch();
        return pending;
    }

    /// <summary>
    /// Takes back the compensation request nobody has decided on the running stage: nothing is recorded, and the owner
    /// records the response again (what was entered stays on the request, to fill the form in again).
    /// </summary>
    public CompensationApproval WithdrawCompensationApproval(int withdrawnById, DateTimeOffset at)
    {
        var stage = RunningStage("withdraw a compensation request");
        var pending = stage.PendingCompensationApproval
            ?? throw new CaseStateException($"Stage {stage.Number} of {Reference} has no compensation waiting for approval.");
        pending.Withdraw(withdrawnById, at);
        Touch();
        return pending;
    }

    /// <summary>
    /// Holds a written response for sign-off by the role the policy names (TCH 8.1, whg Appendix 1): the stage stays
    /// unanswered and its deadline keeps running until it is signed off. A waiting extension lapses, as when a
    /// response is recorded.
    /// </summary>
    public ResponseSignOff RequestSignOff(int requestedById, StageResponse proposed, string signOffRole)
    {
        ArgumentNullException.ThrowIfNull(proposed);
        RequireComplaint("ask for a response to be signed off");
        var stage = ReadyToRespond(proposed);
        stage.PendingExtension?.Lapse(proposed.RespondedAt);
        var signOff = stage.AddSignOff(new ResponseSignOff(requestedById, proposed, signOffRole));
        Touch();
        return signOff;
    }

    /// <summary>
    /// Decides the response waiting for sign-off on the running stage. Signed off: returns the response, dated
    /// <paramref name="at"/> (the day it can be sent), for the caller to record or to send on for compensation approval.
    /// Returned or withdrawn: nothing is recorded and the stage stays unanswered.
    /// </summary>
    public StageResponse? DecideSignOff(SignOffDecision decision, int decidedById, DateTimeOffset at, string? comment)
    {
        if (decision == SignOffDecision.Pending) throw new ArgumentOutOfRangeException(nameof(decision), decision, "A decision is needed.");
        var stage = RunningStage("sign off a response");
        var pending = stage.PendingSignOff
            ?? throw new CaseStateException($"Stage {stage.Number} of {Reference} has no response waiting for sign-off.");
        if (decision == SignOffDecision.SignedOff && decidedById == pending.RequestedById)
            throw new CaseStateException("A response is signed off by someone other than the person who wrote it.");
        if (at < pending.RequestedAt)
            throw new CaseStateException($"The response on stage {stage.Number} of {Reference} cannot be decided before it was written.");
        pending.Decide(decision, decidedById, at, comment);
        Touch();
        return decision == SignOffDecision.SignedOff ? pending.ResponseAt(at) : null;
    }

    /// <summary>The discretionary exclusion sent to a decider and not yet decided, or null.</summary>
    public ExclusionDecision? WaitingExclusionReferral()
    {
        var referral = _exclusionDecisions.LastOrDefault(d => d.Outcome == ExclusionOutcome.AwaitingManager);
        if (referral is null) return null;
        return _exclusionDecisions.Any(d => d.ExclusionId == referral.ExclusionId && d.Outcome != ExclusionOutcome.AwaitingManager
            && d.DecidedAt >= referral.DecidedAt && !ReferenceEquals(d, referral)) ? null : referral;
    }

    /// <summary>
    /// The person who referred a discretionary exclusion (or the owner) takes the question back before anyone decides:
    /// the exclusion is recorded as not applying and the complaint goes ahead, as if it had been accepted. Accepting is
    /// always open to staff (Code 2.1: a complaint is accepted unless there is a valid reason not to).
    /// </summary>
    public ExclusionDecision WithdrawExclusionReferral(int withdrawnById, DateTimeOffset at)
    {
        var referral = WaitingExclusionReferral()
            ?? throw new CaseStateException($"{Reference} has no exclusion waiting for a decision.");
        return DecideExclusion(referral.ExclusionId, applies: false, withdrawnById, at, ExclusionOutcome.DoesNotApply, "Referral withdrawn: the complaint goes ahead.");
    }

    /// <summary>
    /// A response whose compensation the person recording it may not agree: it is held until someone whose
    /// limit covers it decides, and the stage stays unanswered (its deadline keeps running) until then.
    /// </summary>
    public CompensationApproval RequestCompensationApproval(int requestedById, StageResponse proposed, string? approverRole, int? approverId)
    {
        ArgumentNullException.ThrowIfNull(proposed);
        RequireComplaint("ask for compensation approval");
        var stage = ReadyToRespond(proposed);
        stage.PendingExtension?.Lapse(proposed.RespondedAt);
        var approval = stage.AddCompensationApproval(new CompensationApproval(requestedById, proposed.RespondedAt, proposed, approverRole, approverId));
        Touch();
        return approval;
    }

    /// <summary>
    /// Agrees (with <paramref name="approvedAmount"/>, at most the amount asked) or declines the compensation of the
    /// held response. Agreed: the response is recorded now, so its date is the day it could be sent. Declined: the
    /// stage stays unanswered and the owner records the response again.
    /// </summary>
    public void DecideCompensation(int approvalId, bool approve, decimal? approvedAmount, int decidedById, DateTimeOffset decidedAt, string? comment)
    {
        var stage = RunningStage("decide compensation");
        // A saved request is named by its id; the one pending request can be named before it is saved (id 0).
        var approval = stage.CompensationApprovals.FirstOrDefault(a => a.Id == approvalId && (a.Id != 0 || a.Decision == CompensationDecision.Pending))
            ?? throw new CaseStateException($"Stage {stage.Number} of {Reference} has no compensation request {approvalId}.");
        if (approval.Decision != CompensationDecision.Pending)
            throw new CaseStateException($"The compensation on stage {stage.Number} of {Reference} was already {approval.Decision.ToString().ToLowerInvariant()}.");
        if (decidedById == approval.RequestedById)
            throw new CaseStateException("Compensation must be agreed by someone other than the person who asked for it.");
        if (decidedAt < approval.RequestedAt)
            throw new CaseStateException($"The compensation on stage {stage.Number} of {Reference} cannot be decided before it was asked.");
        if (approve)
        {
            var amount = approvedAmount ?? approval.Amount;
            if (amount <= 0 || amount > approval.Amount)
                throw new CaseStateException($"The amount agreed must be more than nothing and at most the £{approval.Amount:0.00} asked; to offer nothing, decline and let the owner record the response again.");
            approval.Decide(true, amount, decidedById, decidedAt, comment);
            stage.Respond(approval.ResponseWith(decidedAt, amount));
        }
        else
        {
            approval.Decide(false, null, decidedById, decidedAt, comment);
        }
        Touch();
    }

    private CaseStage ReadyToRespond(StageResponse response)
    {
        var stage = RunningStage("record a response");
        if (stage.AcknowledgedAt is null && Kind == ContactKind.Complaint)
            throw new CaseStateException($"Stage {stage.Number} of {Reference} has not been acknowledged; acknowledge it before recording the response.");
        if (stage.Response is not null)
            throw new CaseStateException($"Stage {stage.Number} of {Reference} already has a response.");
        if (response.RespondedAt < (stage.AcknowledgedAt ?? stage.OpenedAt))
            throw new CaseStateException($"Stage {stage.Number} of {Reference} cannot be answered before it was {(stage.AcknowledgedAt is null ? "opened" : "acknowledged")}.");
        if (stage.PendingCompensationApproval is not null)
            throw new CaseStateException($"Stage {stage.Number} of {Reference} has a response waiting for compensation approval; it must be decided first.");
        if (stage.PendingSignOff is not null)
            throw new CaseStateException($"Stage {stage.Number} of {Reference} has a response waiting for sign-off; it must be signed off, returned or withdrawn first.");
        return stage;
    }

    /// <summary>The customer asks to take the complaint to the next stage, which opens at once.</summary>
    /// <param name="lastStage">The policy's final stage number; there is nowhere to escalate from it.</param>
    /// <param name="unansweredDue">
    /// Where the policy lets the customer escalate a stage whose response is overdue (WCH 5.3.3): when that response
    /// was due. Null where it does not, so the stage must be answered first.
    /// </param>
    public CaseStage Escalate(DateTimeOffset requestedAt, int lastStage, int? newOwnerId, DateTimeOffset? unansweredDue = null)
    {
        RequireComplaint("escalate it");
        var stage = RunningStage("escalate it");
        if (stage.Number >= lastStage)
            throw new CaseStateException($"Stage {stage.Number} is the policy's final stage; {Reference} cannot be escalated further.");
        if (stage.Response is null)
        {
            if (unansweredDue is not { } due)
                throw new CaseStateException($"Stage {stage.Number} of {Reference} has no response yet; it can be escalated once answered.");
            if (requestedAt <= due)
                throw new CaseStateException($"Stage {stage.Number} of {Reference} has no response yet and is not overdue; it can be escalated once answered or once its response is overdue.");
            if (stage.PendingCompensationApproval is not null)
                throw new CaseStateException($"Stage {stage.Number} of {Reference} has its response written, waiting for compensation approval; decide it first.");
            if (stage.PendingSignOff is not null)
                throw new CaseStateException($"Stage {stage.Number} of {Reference} has its response written, waiting for sign-off; decide it first.");
            stage.PendingExtension?.Lapse(requestedAt, "Lapsed: the customer escalated the overdue stage while the request waited for a decision.");
        }
        else if (requestedAt < stage.Response.RespondedAt)
            throw new CaseStateException($"Escalation of {Reference} cannot be requested before the stage {stage.Number} response.");
        stage.RequestEscalation(requestedAt);
        var next = new CaseStage(stage.Number + 1, requestedAt, newOwnerId);
        _stages.Add(next);
        CurrentStage = next.Number;
        OwnerId = newOwnerId ?? OwnerId;
        Touch();
        return next;
    }

    /// <summary>
    /// Holds a request for the next stage made after a window the policy only asks for (TCH 9.1) or reserves (WCH 5.3.2)
    /// for the decider it names (<paramref name="deciderRole"/>); the stage stays answered and running meanwhile.
    /// </summary>
    public LateEscalationRequest RequestLateEscalation(int requestedById, DateTimeOffset recordedAt, DateTimeOffset askedAt, int nextOwnerId,
        ContactChannel channel, string? customerReason, string? lateReason, string deciderRole)
    {
        RequireComplaint("record a late request for the next stage");
        var stage = RunningStage("record a late request for the next stage");
        if (stage.Response is null)
            throw new CaseStateException($"Stage {stage.Number} of {Reference} has no response yet; the escalation window opens with it.");
        if (askedAt < stage.Response.RespondedAt)
            throw new CaseStateException($"Escalation of {Reference} cannot be requested before the stage {stage.Number} response.");
        if (stage.PendingLateEscalation is not null)
            throw new CaseStateException($"Stage {stage.Number} of {Reference} already has a late request for the next stage waiting for a decision.");
        var request = stage.AddLateEscalation(new LateEscalationRequest(requestedById, recordedAt, askedAt, nextOwnerId, channel, customerReason, lateReason, deciderRole));
        Touch();
        return request;
    }

    /// <summary>
    /// Decides the late request waiting on the running stage. Accepted: returns it, for the caller to escalate the case
    /// dated <see cref="LateEscalationRequest.AskedAt"/> in the same change. Declined: the reason is required and kept.
    /// </summary>
    public LateEscalationRequest DecideLateEscalation(bool accept, int decidedById, DateTimeOffset at, string? comment)
    {
        var stage = RunningStage("decide a late request for the next stage");
        var request = stage.PendingLateEscalation
            ?? throw new CaseStateException($"Stage {stage.Number} of {Reference} has no late request for the next stage waiting for a decision.");
        if (!accept && string.IsNullOrWhiteSpace(comment))
            throw new CaseStateException("Say why the late request is not accepted: the customer is told.");
        request.Decide(accept, decidedById, at, comment);
        Touch();
        return request;
    }

    /// <summary>The customer is given the policy's further period to ask for the next stage (wch: 10 more working days).</summary>
    public void ExtendEscalationWindow()
    {
        RequireComplaint("extend its escalation window");
        var stage = RunningStage("extend its escalation window");
        if (stage.Response is null)
            throw new CaseStateException($"Stage {stage.Number} of {Reference} has no response yet; the escalation window opens with it.");
        if (EscalationWindowExtended)
            throw new CaseStateException($"The escalation window of {Reference} was already extended.");
        EscalationWindowExtended = true;
        Touch();
    }

    public StageExtension RequestExtension(int requestedById, DateTimeOffset requestedAt, int workingDays, string reason, bool customerAgreed)
    {
        RequireComplaint("extend it");
        var stage = RunningStage("extend it");
        if (stage.Response is not null)
            throw new CaseStateException($"Stage {stage.Number} of {Reference} is already answered; there is nothing to extend.");
        if (stage.PendingExtension is not null)
            throw new CaseStateException($"Stage {stage.Number} of {Reference} already has an extension waiting for a decision.");
        if (stage.PendingCompensationApproval is not null)
            throw new CaseStateException($"Stage {stage.Number} of {Reference} has its response written, waiting for compensation approval; there is nothing to extend.");
        if (stage.PendingSignOff is not null)
            throw new CaseStateException($"Stage {stage.Number} of {Reference} has its response written, waiting for sign-off; there is nothing to extend.");
        var extension = stage.AddExtension(new StageExtension(requestedById, requestedAt, workingDays, reason, customerAgreed));
        Touch();
        return extension;
    }

    public void DecideExtension(int extensionId, bool approve, int decidedById, DateTimeOffset decidedAt, string? comment)
    {
        var stage = RunningStage("decide an extension");
        // A saved extension is named by its id; the one pending extension can be named before it is saved (id 0).
        var extension = stage.Extensions.FirstOrDefault(e => e.Id == extensionId && (e.Id != 0 || e.Decision == ExtensionDecision.Pending))
            ?? throw new CaseStateException($"Stage {stage.Number} of {Reference} has no extension {extensionId}.");
        if (extension.Decision != ExtensionDecision.Pending)
            throw new CaseStateException($"The extension on stage {stage.Number} of {Reference} was already {extension.Decision.ToString().ToLowerInvariant()}.");
        if (decidedById == extension.RequestedById && approve)
            throw new CaseStateException("An extension must be approved by someone other than the person who asked for it.");
        extension.Decide(approve, decidedById, decidedAt, comment);
        Touch();
    }

    /// <summary>
    /// Closes the case; a complaint only once its running stage is answered. What was learnt and any service
    /// improvement are recorded with it (Code 9.1, 9.2), for the annual report (Code 8.1).
    /// </summary>
    public void Close(DateTimeOffset at, string? learning = null, string? serviceImprovement = null)
    {
        if (Status == CaseStatus.Closed)
            throw new CaseStateException($"{Reference} is already closed.");
        if (Status == CaseStatus.EndedForUnreasonableBehaviour)
            throw new CaseStateException($"{Reference} already ended under the provision for unreasonable behaviour.");
        var stage = Running();
        if (Status == CaseStatus.Open && Kind == ContactKind.Complaint && stage is not null && stage.Response is null)
            throw new CaseStateException($"Stage {stage.Number} of {Reference} has no response yet; record it before closing the case.");
        Status = CaseStatus.Closed;
        ClosedAt = at.ToUniversalTime();
        Learning = Optional(learning);
        ServiceImprovement = Optional(serviceImprovement);
        Touch();
    }

    /// <summary>
    /// Records the learning and service improvement after the case closed (they are often agreed later), replacing
    /// what was recorded before; blank leaves a field as it was.
    /// </summary>
    public void RecordLearning(string? learning, string? serviceImprovement)
    {
        RequireStatus(CaseStatus.Closed, "record what was learnt from it");
        if (Optional(learning) is null && Optional(serviceImprovement) is null)
            throw new CaseStateException("Write what was learnt or the service improvement made.");
        Learning = Optional(learning) ?? Learning;
        ServiceImprovement = Optional(serviceImprovement) ?? ServiceImprovement;
        Touch();
    }

    /// <summary>
    /// Records the Housing Ombudsman's determination on a complaint taken to it, replacing an earlier one (a review
    /// of a determination replaces it).
    /// </summary>
    public void RecordOmbudsmanDetermination(OmbudsmanDetermination determination)
    {
        ArgumentNullException.ThrowIfNull(determination);
        if (Kind != ContactKind.Complaint)
            throw new CaseStateException($"{Reference} is not a complaint; only complaints go to the Housing Ombudsman.");
        if (LondonTime.DateOf(determination.RecordedAt) < determination.DeterminedOn)
            throw new CaseStateException("The Ombudsman's determination cannot be dated after the day it is recorded.");
        if (determination.DeterminedOn < LondonTime.DateOf(ReceivedAt))
            throw new CaseStateException($"The Ombudsman's determination cannot be dated before the complaint was received on {LondonTime.DateOf(ReceivedAt).ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}.");
        OmbudsmanDetermination = determination;
        Touch();
    }

    /// <summary>
    /// What has happened on the case, for <see cref="DeadlineCalculator"/>; null where the policy sets no
    /// deadlines for the case's category (service requests, compliments).
    /// </summary>
    public CaseTimeline? Timeline(Policy policy)
    {
        if (CaseTracks.For(policy, CategoryId) is not { } track) return null;
        var stage1 = Stage(1);
        var stage2 = Stage(2);
        return new CaseTimeline
        {
            Track = track,
            Received = ReceivedAt,
            CustomerAnonymous = Customer.IsAnonymous,
            Stage1Acknowledged = stage1?.AcknowledgedAt,
            Stage1CustomerContacted = stage1?.CustomerContactedAt,
            Stage1Response = stage1?.Response?.RespondedAt,
            Stage1ExtensionWorkingDays = stage1?.ApprovedExtensionDays ?? 0,
            EscalationWindowExtended = EscalationWindowExtended,
            EscalationRequested = stage1?.EscalationRequestedAt,
            Stage2Acknowledged = stage2?.AcknowledgedAt,
            Stage2CustomerContacted = stage2?.CustomerContactedAt,
            Stage2Response = stage2?.Response?.RespondedAt,
            Stage2ExtensionWorkingDays = stage2?.ApprovedExtensionDays ?? 0,
        };
    }

    /// <summary>Holds the case past its retention date, for the reason given.</summary>
    public void PlaceLegalHold(string reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
            throw new CaseStateException("A legal hold needs its reason (the claim, the investigation, the instruction).");
        if (AnonymisedAt is not null)
            throw new CaseStateException($"{Reference} was anonymised on {AnonymisedAt:yyyy-MM-dd}; there is no personal data left to hold.");
        if (LegalHold)
            throw new CaseStateException($"{Reference} is already under legal hold ({LegalHoldReason}).");
        LegalHold = true;
        LegalHoldReason = reason.Trim();
        Touch();
    }

    /// <summary>Lifts the hold: the case goes back under the retention schedule (and may be anonymised at its next run).</summary>
    public void LiftLegalHold()
    {
        if (!LegalHold) throw new CaseStateException($"{Reference} is not under legal hold.");
        LegalHold = false;
        LegalHoldReason = null;
        Touch();
    }

    /// <summary>
    /// Removes the customer's personal data (UK GDPR Article 5(1)(e) storage limitation, Article 17 erasure): their name
    /// and tenancy reference become <see cref="CustomerAlias"/> and <see cref="HomeAlias"/>, every piece of free text
    /// (theirs, staff notes, decisions' reasons) becomes <see cref="Anonymised"/>, the representative loses their name.
    /// What the reports count stays: kind, category, policy, dates, stages, outcomes, compensation, channel, service
    /// area, theme, tenure, whether the customer was anonymous, and whether each free-text field was filled in. Only a
    /// case that has ended and is not held.
    /// </summary>
    public void Anonymise(DateTimeOffset at, string customerAlias, string homeAlias)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(customerAlias);
        ArgumentException.ThrowIfNullOrWhiteSpace(homeAlias);
        if (AnonymisedAt is not null)
            throw new CaseStateException($"{Reference} was already anonymised on {AnonymisedAt:yyyy-MM-dd}.");
        if (LegalHold)
            throw new CaseStateException($"{Reference} is under legal hold ({LegalHoldReason}); it is kept until the hold is lifted.");
        if (Status == CaseStatus.Open)
            throw new CaseStateException($"{Reference} is open; its customer's details are needed until it is closed.");
        CustomerAlias ??= customerAlias;
        HomeAlias = Customer.TenancyReference is null ? HomeAlias : HomeAlias ?? homeAlias;
        Customer = new Customer(Customer.IsAnonymous ? null : CustomerAlias, Customer.IsAnonymous, Customer.TenancyReference is null ? null : HomeAlias, Customer.Relationship)
        {
            Tenure = Customer.Tenure,
        };
        if (Representative is { } representative) Representative = new Representative(Anonymised, representative.Kind, representative.ConsentRecorded);
        Vulnerability = Mask(Vulnerability);
        ReasonableAdjustments = Mask(ReasonableAdjustments);
        Description = Anonymised;
        DesiredOutcome = Mask(DesiredOutcome);
        StaffPraised = Mask(StaffPraised);
        Learning = Mask(Learning);
        ServiceImprovement = Mask(ServiceImprovement);
        OmbudsmanDetermination = OmbudsmanDetermination?.Anonymised();
        Ending = Ending?.Anonymised();
        foreach (var contact in _contacts) contact.Anonymise();
        foreach (var decision in _exclusionDecisions) decision.Anonymise();
        foreach (var stage in _stages) stage.Anonymise();
        foreach (var restriction in _contactRestrictions) restriction.Anonymise();
        AnonymisedAt = at.ToUniversalTime();
        Touch();
    }

    /// <summary>What anonymising leaves of a free-text field: the marker where there was text, nothing where there was none.</summary>
    internal static string? Mask(string? text) => text is null ? null : Anonymised;

    private CaseStage? Running() => CurrentStage is { } number ? Stage(number) : null;

    /// <summary>
    /// Restricts how the customer's contact is taken, under the policy's provision for unacceptable behaviour, by the
    /// role it names (the caller checks who). The terms, the behaviour, how the customer's needs were considered (Code
    /// 5.15) and a review date after today are all required; the case itself goes on as before.
    /// </summary>
    public ContactRestriction RestrictContact(string terms, string reason, string needsConsidered, DateOnly reviewBy, DateOnly today,
        int decidedById, string deciderRole, DateTimeOffset at)
    {
        if (Customer.IsAnonymous)
            throw new CaseStateException($"{Reference} is from an anonymous customer: there is nobody whose contact could be restricted.");
        if (ActiveContactRestriction is not null)
            throw new CaseStateException($"{Reference} already restricts the customer's contact: review that restriction instead.");
        Stated(terms, "how contact will be taken");
        Stated(reason, "the behaviour that led to it");
        Stated(needsConsidered, "how the customer's needs were considered");
        ArgumentException.ThrowIfNullOrWhiteSpace(deciderRole);
        if (reviewBy <= today)
            throw new CaseStateException("The review date must be after today: a restriction is kept under review.");
        var restriction = new ContactRestriction(terms, reason, needsConsidered, reviewBy, decidedById, deciderRole, at);
        _contactRestrictions.Add(restriction);
        Touch();
        return restriction;
    }

    /// <summary>Reviews the restriction in force: kept to a new review date after today, or lifted; what the review found is required.</summary>
    public ContactRestriction ReviewContactRestriction(bool keep, DateOnly? reviewBy, string note, DateOnly today, int reviewedById, DateTimeOffset at)
    {
        var restriction = ActiveContactRestriction
            ?? throw new CaseStateException($"{Reference} restricts nobody's contact: there is nothing to review.");
        Stated(note, "what the review found");
        if (keep)
        {
            if (reviewBy is not { } next || next <= today)
                throw new CaseStateException("A restriction that is kept needs a new review date after today.");
            restriction.Keep(next, note, reviewedById, at);
        }
        else restriction.Lift(note, reviewedById, at);
        Touch();
        return restriction;
    }

    /// <summary>
    /// Ends the complaints process under the policy's provision for unreasonable behaviour (TCH 10.2, whg 2.27), by the
    /// role it names (the caller checks who): the case ends here, its deadlines stop where they stood and no reminder is
    /// sent again. Only an open complaint with no decision waiting on it; the reasons, the response to the issues raised
    /// and how the customer's needs were considered are all required.
    /// </summary>
    public ComplaintEnding EndComplaint(string reasons, string response, string needsConsidered, int decidedById, string deciderRole, DateTimeOffset at)
    {
        RequireComplaint("end its complaints process");
        RequireStatus(CaseStatus.Open, "end its complaints process");
        if (Running() is { } stage && (stage.PendingExtension ?? stage.PendingCompensationApproval ?? (object?)stage.PendingSignOff) is not null)
            throw new CaseStateException($"A decision is waiting on stage {stage.Number} of {Reference}: withdraw it first, then end the complaint.");
        if (WaitingExclusionReferral() is not null)
            throw new CaseStateException($"Whether {Reference} is accepted as a complaint is waiting for a decision: decide or withdraw that first.");
        Stated(reasons, "why the complaints process is ended");
        Stated(response, "our actions and our response to the issues the customer raised");
        Stated(needsConsidered, "how the customer's needs were considered");
        ArgumentException.ThrowIfNullOrWhiteSpace(deciderRole);
        Ending = new ComplaintEnding(reasons, response, needsConsidered, decidedById, deciderRole, at);
        Status = CaseStatus.EndedForUnreasonableBehaviour;
        ClosedAt = at.ToUniversalTime();
        Touch();
        return Ending;
    }

    private void RequireComplaint(string intent)
    {
        if (Kind != ContactKind.Complaint)
            throw new CaseStateException($"{Reference} is a {Kind}, not a complaint; cannot {intent}.");
    }

    private CaseStage RunningStage(string intent)
    {
        if (!HasStages)
            throw new CaseStateException($"{Reference} is a {Kind}, which has no stages; cannot {intent}.");
        RequireStatus(CaseStatus.Open, intent);
        return Running() ?? throw new CaseStateException($"{Reference} has no running stage; cannot {intent}.");
    }

    private void RequireStatus(CaseStatus status, string intent)
    {
        if (Status != status)
            throw new CaseStateException($"{Reference} is {Status}; cannot {intent}.");
    }

    private void Touch() => Version++;

    private static void Stated(string? value, string what)
    {
        if (string.IsNullOrWhiteSpace(value)) throw new CaseStateException($"Say {what}.");
    }

    private static void Require(string? value, string what)
    {
        if (string.IsNullOrWhiteSpace(value))
            throw new ArgumentException($"A case needs a {what}.", what);
    }

    private static string? Optional(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
