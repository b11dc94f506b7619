namespace ComplaintsBot.Cases.Domain;

/// <summary>
/// A stage response waiting for sign-off by the role the policy names (TCH 8.1: the Customer Experience Manager
/// approves every Stage 1 response; whg Appendix 1: a Director of Service signs off Stage 2). The response is held
/// here, not on the stage, so its deadline keeps running until it is signed off; a returned or withdrawn response
/// keeps everything written, to fill the form in again.
/// </summary>
public sealed class ResponseSignOff
{
    internal ResponseSignOff(int requestedById, StageResponse proposed, string signOffRole)
    {
        ArgumentNullException.ThrowIfNull(proposed);
        ArgumentException.ThrowIfNullOrWhiteSpace(signOffRole);
        RequestedById = requestedById;
        RequestedAt = proposed.RespondedAt;
        Outcome = proposed.Outcome;
        Reasons = proposed.Reasons;
        Remedy = proposed.Remedy;
        Compensation = proposed.Compensation;
        OutstandingActions = proposed.OutstandingActions;
        SignOffRole = signOffRole;
        Decision = SignOffDecision.Pending;
    }

    // For EF Core.
    private ResponseSignOff()
    {
        Reasons = "";
        SignOffRole = "";
    }

    public int Id { get; private set; }
    public int StageId { get; private set; }
    public int RequestedById { get; private set; }
    public DateTimeOffset RequestedAt { get; private set; }
    public StageOutcome Outcome { get; private set; }
    public string Reasons { get; private set; }
    public string? Remedy { get; private set; }
    /// <summary>Compensation offered, in pounds.</summary>
    public decimal? Compensation { get; private set; }
    public string? OutstandingActions { get; private set; }
    /// <summary>The policy role that signs the response off.</summary>
    public string SignOffRole { get; private set; }
    public SignOffDecision Decision { get; private set; }
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

    /// <summary>The response as written, dated <paramref name="respondedAt"/>: the day it could be sent.</summary>
    public StageResponse ResponseAt(DateTimeOffset respondedAt) => new(respondedAt, Outcome, Reasons, Remedy, Compensation, OutstandingActions);

    internal void Decide(SignOffDecision decision, int decidedById, DateTimeOffset decidedAt, string? comment)
    {
        Decision = decision;
        DecidedById = decidedById;
        DecidedAt = decidedAt.ToUniversalTime();
        Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
    }
}
