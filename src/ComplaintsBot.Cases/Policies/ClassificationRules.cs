namespace ComplaintsBot.Cases.Policies;

/// <summary>
/// What a landlord decides about classifying a contact beyond its categories (policy key `classification`).
/// </summary>
public sealed record ClassificationRules
{
    /// <summary>The concern values a policy may name in <see cref="ConcernsMakeAComplaint"/>.</summary>
    public static readonly IReadOnlyList<string> KnownConcerns = [Rules.Concerns.HealthAndSafety, Rules.Concerns.Safeguarding];

    /// <summary>Concerns that make a contact a formal complaint whatever the customer asks for (whg 2.5).</summary>
    public IReadOnlyList<string> ConcernsMakeAComplaint { get; init; } = [];

    /// <summary>A customer's thanks at the end of an interaction is not recorded as a compliment (HiS).</summary>
    public bool ThanksIsNotACompliment { get; init; }

    /// <summary>
    /// What dissatisfaction becomes when the customer, offered the choice to complain (Code 1.3), declines it and the
    /// policy has no quick resolution or category of its own for it (policy key `classification.declined-complaint`).
    /// </summary>
    public DeclinedComplaint DeclinedComplaint { get; init; } = DeclinedComplaint.Feedback;
}

/// <summary>The readings of Code 1.3-1.4 for a declined complaint; the Code's policy file says which applies.</summary>
public enum DeclinedComplaint
{
    /// <summary>Recorded as the policy's general feedback, the choice noted: a service request is a request for action, not dissatisfaction (Code 1.4).</summary>
    Feedback,
    /// <summary>Recorded as a service request, as something the customer still wants put right.</summary>
    ServiceRequest,
}
