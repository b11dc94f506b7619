namespace ComplaintsBot.Cases.Domain;

public enum CompensationDecision
{
    Pending,
    Approved,
    Declined,
    /// <summary>Taken back undecided by the requester (or the owner); the response is recorded again with what was entered.</summary>
    Withdrawn,
}
