namespace ComplaintsBot.Cases.Domain;

/// <summary>
/// A customer's request for the next stage made after an escalation window the policy only asks for (TCH 9.1) or
/// reserves the right to enforce (WCH 5.3.2), recorded by staff who are not the decider the policy names. It waits here
/// for that decider with everything staff entered (the day the customer asked, the next stage's owner, the channel, the
/// customer's reasons, why it was recorded late), so nothing typed is lost: accepted, the case is escalated dated when
/// the customer asked; declined, the reason is kept and the stage stays where it was.
/// </summary>
public sealed class LateEscalationRequest
{
    internal LateEscalationRequest(int requestedById, DateTimeOffset recordedAt, DateTimeOffset askedAt, int nextOwnerId,
        ContactChannel channel, string? customerReason, string? lateReason, string deciderRole)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(deciderRole);
        RequestedById = requestedById;
        RecordedAt = recordedAt.ToUniversalTime();
        AskedAt = askedAt.ToUniversalTime();
        NextOwnerId = nextOwnerId;
        Channel = channel;
        CustomerReason = Trimmed(customerReason);
        LateReason = Trimmed(lateReason);
        DeciderRole = deciderRole;
        Decision = LateEscalationDecision.Pending;
    }

    // For EF Core.
    private LateEscalationRequest() => DeciderRole = "";

    public int Id { get; private set; }
    public int StageId { get; private set; }
    /// <summary>Who recorded the request (the case owner or a manager).</summary>
    public int RequestedById { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }
    /// <summary>When the customer asked: the instant the next stage is dated from if the request is accepted.</summary>
    public DateTimeOffset AskedAt { get; private set; }
    /// <summary>Who staff chose to own the next stage.</summary>
    public int NextOwnerId { get; private set; }
    public ContactChannel Channel { get; private set; }
    /// <summary>Why the customer is unhappy, if they said (Code 6.12: never required).</summary>
    public string? CustomerReason { get; private set; }
    /// <summary>Why the request was recorded after the day the customer asked, where it was.</summary>
    public string? LateReason { get; private set; }
    /// <summary>The policy role named to decide (escalation-window.decider), kept as it was when the request was made.</summary>
    public string DeciderRole { get; private set; }
    public LateEscalationDecision Decision { get; private set; }
    public int? DecidedById { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }
    /// <summary>The decider's comment; on a decline, the reason the customer is given.</summary>
    public string? Comment { get; private set; }

    internal void Decide(bool accept, int decidedById, DateTimeOffset decidedAt, string? comment)
    {
        Decision = accept ? LateEscalationDecision.Accepted : LateEscalationDecision.Declined;
        DecidedById = decidedById;
        DecidedAt = decidedAt.ToUniversalTime();
        Comment = Trimmed(comment);
    }

    internal void Anonymise()
    {
        CustomerReason = Case.Mask(CustomerReason);
        LateReason = Case.Mask(LateReason);
        Comment = Case.Mask(Comment);
    }

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>Where a late request for the next stage stands.</summary>
public enum LateEscalationDecision
{
    Pending,
    /// <summary>Accepted by the decider the policy names: the case went to the next stage, dated when the customer asked.</summary>
    Accepted,
    /// <summary>Declined with a reason: the stage stays where it was; the customer is told why and given the Ombudsman's details.</summary>
    Declined,
}
