namespace ComplaintsBot.Cases.Deadlines;

/// <summary>The deadlines a case can have; <see cref="DeadlineKinds.Name"/> gives the name used in cards and files.</summary>
public enum DeadlineKind
{
    QuickResponse,
    Stage1Acknowledge,
    Stage1ContactCustomer,
    Stage1Response,
    EscalationWindow,
    Stage2Acknowledge,
    Stage2ContactCustomer,
    Stage2Response,
}
