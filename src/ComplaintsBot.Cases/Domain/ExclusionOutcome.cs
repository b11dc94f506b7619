namespace ComplaintsBot.Cases.Domain;

/// <summary>What an exclusion question led to.</summary>
public enum ExclusionOutcome
{
    /// <summary>The exclusion does not apply; the complaint goes ahead.</summary>
    DoesNotApply,
    /// <summary>The exclusion applies but an exception (safeguarding, health and safety) overrides it.</summary>
    Overridden,
    /// <summary>A discretionary exclusion waits for a manager's decision.</summary>
    AwaitingManager,
    /// <summary>The exclusion applies: the complaint is not accepted.</summary>
    NotAccepted,
}
