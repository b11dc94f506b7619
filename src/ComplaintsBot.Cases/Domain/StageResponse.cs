namespace ComplaintsBot.Cases.Domain;

/// <summary>The landlord's response that ends a complaint stage.</summary>
public sealed record StageResponse
{
    public StageResponse(DateTimeOffset respondedAt, StageOutcome outcome, string reasons, string? remedy, decimal? compensation, string? outstandingActions)
    {
        if (string.IsNullOrWhiteSpace(reasons))
            throw new ArgumentException("A response needs the reasons for its finding.", nameof(reasons));
        if (compensation < 0)
            throw new ArgumentOutOfRangeException(nameof(compensation), compensation, "Compensation cannot be negative.");
        RespondedAt = respondedAt.ToUniversalTime();
        Outcome = outcome;
        Reasons = reasons.Trim();
        Remedy = string.IsNullOrWhiteSpace(remedy) ? null : remedy.Trim();
        Compensation = compensation;
        OutstandingActions = string.IsNullOrWhiteSpace(outstandingActions) ? null : outstandingActions.Trim();
    }

    public DateTimeOffset RespondedAt { get; private init; }
    public StageOutcome Outcome { get; private init; }
    public string Reasons { get; private init; }
    public string? Remedy { get; private init; }
    /// <summary>Compensation offered, in pounds.</summary>
    public decimal? Compensation { get; private init; }
    public string? OutstandingActions { get; private init; }

    internal StageResponse Anonymised() =>
        this with { Reasons = Case.Anonymised, Remedy = Case.Mask(Remedy), OutstandingActions = Case.Mask(OutstandingActions) };
}
