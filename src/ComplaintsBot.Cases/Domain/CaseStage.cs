namespace ComplaintsBot.Cases.Domain;

/// <summary>One complaint stage of a case: opened, acknowledged, perhaps extended, responded to, perhaps escalated.</summary>
public sealed class CaseStage
{
    private readonly List<StageExtension> _extensions = [];
    private readonly List<CompensationApproval> _compensationApprovals = [];
    private readonly List<ResponseSignOff> _signOffs = [];
    private readonly List<LateEscalationRequest> _lateEscalations = [];

    internal CaseStage(int number, DateTimeOffset openedAt, int? ownerId)
    {
        if (number < 1)
            throw new ArgumentOutOfRangeException(nameof(number), number, "Stages are numbered from 1.");
        Number = number;
        OpenedAt = openedAt.ToUniversalTime();
        OwnerId = ownerId;
    }

    public int Id { get; private set; }
    public int CaseId { get; private set; }
    public int Number { get; private set; }
    public DateTimeOffset OpenedAt { get; private set; }
    public DateTimeOffset? AcknowledgedAt { get; private set; }
    /// <summary>
    /// The complaint definition set out when the stage was acknowledged (Code 5.6, 6.2, 6.11): the landlord's
    /// understanding of the complaint and the outcomes the customer seeks, in the words the letters use.
    /// </summary>
    public string? ComplaintDefinition { get; private set; }
    /// <summary>The first contact with the customer after acknowledgement.</summary>
    public DateTimeOffset? CustomerContactedAt { get; private set; }
    public StageResponse? Response { get; private set; }
    public int? OwnerId { get; private set; }
    /// <summary>When the customer asked to take the complaint to the next stage.</summary>
    public DateTimeOffset? EscalationRequestedAt { get; private set; }
    public IReadOnlyList<StageExtension> Extensions => _extensions;
    public IReadOnlyList<CompensationApproval> CompensationApprovals => _compensationApprovals;
    public IReadOnlyList<ResponseSignOff> SignOffs => _signOffs;
    /// <summary>Requests for the next stage made after the escalation window, for the decider the policy names (TCH 9.1, WCH 5.3.2).</summary>
    public IReadOnlyList<LateEscalationRequest> LateEscalations => _lateEscalations;

    /// <summary>Working days added to the response deadline by approved extensions.</summary>
    public int ApprovedExtensionDays => _extensions.Where(e => e.Decision == ExtensionDecision.Approved).Sum(e => e.WorkingDays);

    public StageExtension? PendingExtension => _extensions.FirstOrDefault(e => e.Decision == ExtensionDecision.Pending);

    /// <summary>A response written but waiting for someone to agree its compensation.</summary>
    public CompensationApproval? PendingCompensationApproval => _compensationApprovals.FirstOrDefault(a => a.Decision == CompensationDecision.Pending);

    /// <summary>A response written but waiting for the role the policy names to sign it off.</summary>
    public ResponseSignOff? PendingSignOff => _signOffs.FirstOrDefault(s => s.Decision == SignOffDecision.Pending);

    /// <summary>A late request for the next stage waiting for the decider the policy names.</summary>
    public LateEscalationRequest? PendingLateEscalation => _lateEscalations.FirstOrDefault(r => r.Decision == LateEscalationDecision.Pending);

    internal void Acknowledge(DateTimeOffset at, string? complaintDefinition)
    {
        AcknowledgedAt = at.ToUniversalTime();
        ComplaintDefinition = complaintDefinition;
    }

    internal void RecordCustomerContact(DateTimeOffset at) => CustomerContactedAt = at.ToUniversalTime();

    internal void Respond(StageResponse response) => Response = response;

    internal void RequestEscalation(DateTimeOffset at) => EscalationRequestedAt = at.ToUniversalTime();

    internal void AssignOwner(int? staffId) => OwnerId = staffId;

    internal void Anonymise()
    {
        ComplaintDefinition = Case.Mask(ComplaintDefinition);
        if (Response is not null) Response = Response.Anonymised();
        foreach (var extension in _extensions) extension.Anonymise();
        foreach (var approval in _compensationApprovals) approval.Anonymise();
        foreach (var signOff in _signOffs) signOff.Anonymise();
        foreach (var request in _lateEscalations) request.Anonymise();
    }

    internal StageExtension AddExtension(StageExtension extension)
    {
        _extensions.Add(extension);
        return extension;
    }

    internal ResponseSignOff AddSignOff(ResponseSignOff signOff)
    {
        _signOffs.Add(signOff);
        return signOff;
    }

    internal LateEscalationRequest AddLateEscalation(LateEscalationRequest request)
    {
        _lateEscalations.Add(request);
        return request;
    }

    internal CompensationApproval AddCompensationApproval(CompensationApproval approval)
    {
        _compensationApprovals.Add(approval);
        return approval;
    }
}
