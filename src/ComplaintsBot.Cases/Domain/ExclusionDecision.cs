namespace ComplaintsBot.Cases.Domain;

/// <summary>
/// The answer to one of the policy's exclusion questions on a case, by the staff member who answered it
/// (a manager for discretionary exclusions), and what followed.
/// </summary>
public sealed class ExclusionDecision
{
    internal ExclusionDecision(string exclusionId, bool applies, int decidedById, DateTimeOffset decidedAt, ExclusionOutcome outcome, string? explanationGiven)
    {
        if (string.IsNullOrWhiteSpace(exclusionId))
            throw new ArgumentException("An exclusion decision needs the policy's exclusion id.", nameof(exclusionId));
        if (!applies && outcome != ExclusionOutcome.DoesNotApply)
            throw new ArgumentException($"An exclusion that does not apply cannot lead to {outcome}.", nameof(outcome));
        if (applies && outcome == ExclusionOutcome.DoesNotApply)
            throw new ArgumentException("An exclusion that applies must be overridden, referred to a manager or lead to not accepting the complaint.", nameof(outcome));
        if (outcome == ExclusionOutcome.NotAccepted && string.IsNullOrWhiteSpace(explanationGiven))
            throw new ArgumentException("A complaint not accepted needs the explanation given to the customer.", nameof(explanationGiven));
        ExclusionId = exclusionId.Trim();
        Applies = applies;
        DecidedById = decidedById;
        DecidedAt = decidedAt.ToUniversalTime();
        Outcome = outcome;
        ExplanationGiven = string.IsNullOrWhiteSpace(explanationGiven) ? null : explanationGiven.Trim();
    }

    public int Id { get; private set; }
    public int CaseId { get; private set; }
    /// <summary>The exclusion's id in the policy file.</summary>
    public string ExclusionId { get; private set; }
    /// <summary>The answer to the exclusion question: true means the exclusion applies.</summary>
    public bool Applies { get; private set; }
    public int DecidedById { get; private set; }
    public DateTimeOffset DecidedAt { get; private set; }
    public ExclusionOutcome Outcome { get; private set; }
    public string? ExplanationGiven { get; private set; }

    internal void Anonymise() => ExplanationGiven = Case.Mask(ExplanationGiven);
}
