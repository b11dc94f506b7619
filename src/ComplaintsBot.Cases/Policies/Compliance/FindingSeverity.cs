namespace ComplaintsBot.Cases.Policies.Compliance;

/// <summary>How far a policy falls short of the Complaint Handling Code.</summary>
public enum FindingSeverity
{
    /// <summary>The policy contradicts something the Code says landlords must do.</summary>
    Breach,

    /// <summary>
    /// The policy adds a rule the Code does not name (an exclusion, a time limit for escalating): the
    /// landlord must be able to show it is fair and reasonable, or drop it.
    /// </summary>
    Warning,
}
