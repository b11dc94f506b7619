namespace ComplaintsBot.Cases.Domain;

public enum CompensationDecision
{
    Pending,
    Approved,
    Declined,
}
