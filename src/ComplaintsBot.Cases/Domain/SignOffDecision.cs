namespace ComplaintsBot.Cases.Domain;

/// <summary>Where a response held for sign-off stands.</summary>
public enum SignOffDecision
{
    Pending,
    /// <summary>Signed off by the role the policy names: the response is recorded as sent.</summary>
    SignedOff,
    /// <summary>Sent back to its writer with a comment: nothing is recorded, and they record it again.</summary>
    Returned,
    /// <summary>Taken back by its writer (or the owner) before anyone signed it off.</summary>
    Withdrawn,
}
