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
}
