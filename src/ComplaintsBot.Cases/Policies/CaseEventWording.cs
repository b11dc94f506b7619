namespace ComplaintsBot.Cases.Policies;

/// <summary>Case events in plain words, for "within 10 working days of the Stage 1 acknowledgement".</summary>
public static class CaseEventWording
{
    public static string Describe(CaseEvent caseEvent) => caseEvent switch
    {
        CaseEvent.Received => "receipt of the complaint",
        CaseEvent.Stage1Acknowledged => "the Stage 1 acknowledgement",
        CaseEvent.Stage1Response => "the Stage 1 response",
        CaseEvent.EscalationRequested => "the escalation request",
        CaseEvent.Stage2Acknowledged => "the Stage 2 acknowledgement",
        CaseEvent.Stage2Response => "the Stage 2 response",
        _ => throw new ArgumentOutOfRangeException(nameof(caseEvent), caseEvent, "Not a case event."),
    };

    /// <summary>"10 working days of the Stage 1 acknowledgement".</summary>
    public static string Describe(Deadline deadline) => $"{deadline.Within} of {Describe(deadline.From)}";
}
