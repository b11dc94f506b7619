namespace ComplaintsBot.Cases.Domain;

/// <summary>
/// A restriction on how a customer's contact is taken, decided under the policy's provision for unacceptable behaviour
/// (WCH 7.1-7.2, cfp 10, HiS "How we will deal with repeat or habitual complaints", Code 5.14) by the role it names. It
/// limits how contact is made, never whether the customer may complain: their contacts are still logged and answered.
/// It records how the customer's needs were considered, as any restriction must be proportionate and have regard to the Equality Act 2010 (Code 5.15), and
/// the date by which it is reviewed (HiS: "reviewed at agreed periods"); a review keeps it to a new date or lifts it.
/// </summary>
public sealed class ContactRestriction
{
    internal ContactRestriction(string terms, string reason, string needsConsidered, DateOnly reviewBy, int decidedById, string deciderRole, DateTimeOffset decidedAt)
    {
        Terms = terms.Trim();
        Reason = reason.Trim();
        NeedsConsidered = needsConsidered.Trim();
        ReviewBy = reviewBy;
        DecidedById = decidedById;
        DeciderRole = deciderRole;
        DecidedAt = decidedAt.ToUniversalTime();
    }

    // For EF Core.
    private ContactRestriction() => Terms = Reason = NeedsConsidered = DeciderRole = "";

    public int Id { get; private set; }
    public int CaseId { get; private set; }
    /// <summary>How contact is taken from now on, as the customer is told in writing ("by email to the complaints team only").</summary>
    public string Terms { get; private set; }
    /// <summary>The behaviour that led to it.</summary>
    public string Reason { get; private set; }
    /// <summary>How the customer's needs, vulnerabilities and any reasonable adjustments were considered (Code 5.15, Equality Act 2010).</summary>
    public string NeedsConsidered { get; private set; }
    /// <summary>The day by which the restriction is reviewed: kept to a new date, or lifted.</summary>
    public DateOnly ReviewBy { get; private set; }
    public int DecidedById { get; private set; }
    /// <summary>The policy role under which it was decided (or "admin" where administrators decided as fallback deciders).</summary>
    public string DeciderRole { get; private set; }
    public DateTimeOffset DecidedAt { get; private set; }
    public DateTimeOffset? ReviewedAt { get; private set; }
    public int? ReviewedById { get; private set; }
    /// <summary>What the last review found.</summary>
    public string? ReviewNote { get; private set; }
    public DateTimeOffset? LiftedAt { get; private set; }

    public bool IsLifted => LiftedAt is not null;

    /// <summary>Whether its review date has come, on <paramref name="today"/> (London).</summary>
    public bool ReviewDue(DateOnly today) => !IsLifted && today >= ReviewBy;

    internal void Keep(DateOnly reviewBy, string note, int reviewedById, DateTimeOffset at)
    {
        ReviewBy = reviewBy;
        Reviewed(note, reviewedById, at);
    }

    internal void Lift(string note, int reviewedById, DateTimeOffset at)
    {
        Reviewed(note, reviewedById, at);
        LiftedAt = at.ToUniversalTime();
    }

    // The terms, the behaviour and the customer's needs are about the customer; the dates and who decided stay.
    internal void Anonymise()
    {
        Terms = Case.Anonymised;
        Reason = Case.Anonymised;
        NeedsConsidered = Case.Anonymised;
        ReviewNote = Case.Mask(ReviewNote);
    }

    private void Reviewed(string note, int reviewedById, DateTimeOffset at)
    {
        ReviewNote = note.Trim();
        ReviewedById = reviewedById;
        ReviewedAt = at.ToUniversalTime();
    }
}
