namespace ComplaintsBot.Cases.Deadlines;

/// <summary>What the policy's time limit for raising a complaint says about an issue.</summary>
public enum AgeLimitOutcome
{
    /// <summary>The policy sets no time limit.</summary>
    NoLimit,
    /// <summary>Raised within the limit.</summary>
    InTime,
    /// <summary>Too old, but one of the policy's exceptions (such as safeguarding) applies, so the limit does not.</summary>
    ExceptionApplies,
    /// <summary>Too old; the policy lets a manager accept it at their discretion.</summary>
    OutOfTimeAtDiscretion,
    /// <summary>Too old, and the policy allows no discretion.</summary>
    OutOfTime,
}
