namespace ComplaintsBot.Cases.Domain;

public enum ExtensionDecision
{
    Pending,
    Approved,
    Declined,
}
