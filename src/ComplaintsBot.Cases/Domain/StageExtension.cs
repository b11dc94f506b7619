namespace ComplaintsBot.Cases.Domain;

/// <summary>A request to extend a stage's response deadline, and its decision.</summary>
public sealed class StageExtension
{
    internal StageExtension(int requestedById, DateTimeOffset requestedAt, int workingDays, string reason, bool customerAgreed)
    {
        if (workingDays <= 0)
            throw new ArgumentOutOfRangeException(nameof(workingDays), workingDays, "An extension must be at least one working day.");
        if (string.IsNullOrWhiteSpace(reason))
            throw new ArgumentException("An extension needs a reason the customer can be given.", nameof(reason));
        RequestedById = requestedById;
        RequestedAt = requestedAt.ToUniversalTime();
        WorkingDays = workingDays;
        Reason = reason.Trim();
        CustomerAgreed = customerAgreed;
        Decision = ExtensionDecision.Pending;
    }

    public int Id { get; private set; }
    public int StageId { get; private set; }
    public int RequestedById { get; private set; }
    public DateTimeOffset RequestedAt { get; private set; }
    public int WorkingDays { get; private set; }
    public string Reason { get; private set; }
    public bool CustomerAgreed { get; private set; }
    public ExtensionDecision Decision { get; private set; }
    public int? DecidedById { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }
    public string? Comment { get; private set; }

    internal void Anonymise()
    {
        Reason = Case.Anonymised;
        Comment = Case.Mask(Comment);
    }

    internal void Decide(bool approve, int decidedById, DateTimeOffset decidedAt, string? comment)
    {
        Decision = approve ? ExtensionDecision.Approved : ExtensionDecision.Declined;
        DecidedById = decidedById;
        DecidedAt = decidedAt.ToUniversalTime();
        Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
    }

    /// <summary>Taken back before a decision: nothing moves, and the stage may be extended again.</summary>
    internal void Withdraw(int byId, DateTimeOffset at)
    {
        Decision = ExtensionDecision.Withdrawn;
        DecidedById = byId;
        DecidedAt = at.ToUniversalTime();
    }

    /// <summary>The stage was answered (or escalated) while this waited; nobody decided it, so no one is named.</summary>
    internal void Lapse(DateTimeOffset at, string comment = "Lapsed: the response was recorded while the request waited for a decision.")
    {
        Decision = ExtensionDecision.Lapsed;
        DecidedAt = at.ToUniversalTime();
        Comment = comment;
    }
}
