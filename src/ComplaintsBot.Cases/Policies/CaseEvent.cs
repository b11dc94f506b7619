namespace ComplaintsBot.Cases.Policies;

/// <summary>
/// The events of a case that a timescale can run from. Policy files spell them in kebab case:
/// received, stage1-acknowledged, stage1-response, escalation-requested, stage2-acknowledged.
/// </summary>
public enum CaseEvent
{
    Received,
    Stage1Acknowledged,
    Stage1Response,
    EscalationRequested,
    Stage2Acknowledged,
    Stage2Response,
}
