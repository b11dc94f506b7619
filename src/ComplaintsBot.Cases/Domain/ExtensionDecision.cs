namespace ComplaintsBot.Cases.Domain;

public enum ExtensionDecision
{
    Pending,
    Approved,
    Declined,
    /// <summary>Taken back by the requester (or the case's owner) before anyone decided it.</summary>
    Withdrawn,
    /// <summary>Overtaken: the stage was answered while the request waited, so there is nothing left to extend.</summary>
    Lapsed,
}
