namespace ComplaintsBot.Cases.Domain;

/// <summary>
/// A stage response whose compensation is above what the person recording it may agree under the policy:
/// the response is held here, not on the stage, until someone whose limit covers it decides. A declined
/// request keeps everything entered so the form can offer it again.
/// </summary>
public sealed class CompensationApproval
{
    internal CompensationApproval(int requestedById, DateTimeOffset requestedAt, StageResponse proposed, string? approverRole, int? approverId)
    {
        if (proposed.Compensation is not > 0)
            throw new ArgumentException("Only a response offering compensation needs compensation approval.", nameof(proposed));
        RequestedById = requestedById;
        RequestedAt = requestedAt.ToUniversalTime();
        Amount = proposed.Compensation.Value;
        Outcome = proposed.Outcome;
        Reasons = proposed.Reasons;
        Remedy = proposed.Remedy;
        OutstandingActions = proposed.OutstandingActions;
        ApproverRole = approverRole;
        ApproverId = approverId;
        Decision = CompensationDecision.Pending;
    }

    // For EF Core.
    private CompensationApproval() => Reasons = "";

    public int Id { get; private set; }
    public int StageId { get; private set; }
    public int RequestedById { get; private set; }
    public DateTimeOffset RequestedAt { get; private set; }
    /// <summary>Compensation asked for, in pounds.</summary>
    public decimal Amount { get; private set; }
    public StageOutcome Outcome { get; private set; }
    public string Reasons { get; private set; }
    public string? Remedy { get; private set; }
    public string? OutstandingActions { get; private set; }
    /// <summary>The policy role whose threshold covers the amount (null when the policy names none).</summary>
    public string? ApproverRole { get; private set; }
    /// <summary>The requester's line manager, when their own limit covers the amount and they were asked.</summary>
    public int? ApproverId { get; private set; }
    public CompensationDecision Decision { get; private set; }
    /// <summary>What the approver agreed: the amount asked or less.</summary>
    public decimal? ApprovedAmount { get; private set; }
    public int? DecidedById { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }
    public string? Comment { get; private set; }

    internal void Anonymise()
    {
        Reasons = Case.Anonymised;
        Remedy = Case.Mask(Remedy);
        OutstandingActions = Case.Mask(OutstandingActions);
        Comment = Case.Mask(Comment);
    }

    /// <summary>The response as the requester wrote it, with <paramref name="compensation"/> and the date it is made.</summary>
    public StageResponse ResponseWith(DateTimeOffset respondedAt, decimal compensation) =>
        new(respondedAt, Outcome, Reasons, Remedy, compensation, OutstandingActions);

    internal void Withdraw(int withdrawnById, DateTimeOffset at)
    {
        Decision = CompensationDecision.Withdrawn;
        DecidedById = withdrawnById;
        DecidedAt = at.ToUniversalTime();
    }

    internal void Decide(bool approve, decimal? approvedAmount, int decidedById, DateTimeOffset decidedAt, string? comment)
    {
        Decision = approve ? CompensationDecision.Approved : CompensationDecision.Declined;
        ApprovedAmount = approve ? approvedAmount : null;
        DecidedById = decidedById;
        DecidedAt = decidedAt.ToUniversalTime();
        Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
    }
}
