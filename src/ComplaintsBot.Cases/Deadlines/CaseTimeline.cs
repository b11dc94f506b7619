using ComplaintsBot.Cases.Policies;

namespace ComplaintsBot.Cases.Deadlines;

/// <summary>
/// What has happened on a case so far: the facts its deadlines are computed from. Events not yet
/// happened are null. On the quick-resolution track the response to the customer is recorded as
/// <see cref="Stage1Response"/> (the case's first and only response).
/// </summary>
public readonly record struct CaseTimeline
{
    public CaseTrack Track { get; init; }
    public required DateTimeOffset Received { get; init; }
    /// <summary>
    /// The customer gave no name or contact details: nothing can be sent to them (WCH 4.3), so the deadlines for
    /// sending them something other than the response (acknowledgements, contact) are not shown as due.
    /// </summary>
    public bool CustomerAnonymous { get; init; }
    public DateTimeOffset? Stage1Acknowledged { get; init; }
    /// <summary>When the customer was contacted after acknowledgement, where the policy promises it (tch-rosebery).</summary>
    public DateTimeOffset? Stage1CustomerContacted { get; init; }
    public DateTimeOffset? Stage1Response { get; init; }
    /// <summary>Working days the stage 1 response has been extended by, in all.</summary>
    public int Stage1ExtensionWorkingDays { get; init; }
    /// <summary>Whether the customer was granted the policy's longer escalation window (EscalationWindow.ExtensionOnRequest).</summary>
    public bool EscalationWindowExtended { get; init; }
    public DateTimeOffset? EscalationRequested { get; init; }
    public DateTimeOffset? Stage2Acknowledged { get; init; }
    public DateTimeOffset? Stage2CustomerContacted { get; init; }
    public DateTimeOffset? Stage2Response { get; init; }
    /// <summary>Working days the stage 2 response has been extended by, in all.</summary>
    public int Stage2ExtensionWorkingDays { get; init; }

    /// <summary>When the event happened, or null if it has not.</summary>
    public DateTimeOffset? When(CaseEvent caseEvent) => caseEvent switch
    {
        CaseEvent.Received => Received,
        CaseEvent.Stage1Acknowledged => Stage1Acknowledged,
        CaseEvent.Stage1Response => Stage1Response,
        CaseEvent.EscalationRequested => EscalationRequested,
        CaseEvent.Stage2Acknowledged => Stage2Acknowledged,
        CaseEvent.Stage2Response => Stage2Response,
        _ => throw new ArgumentOutOfRangeException(nameof(caseEvent), caseEvent, "Not a case event."),
    };
}
