namespace ComplaintsBot.Workflows.LogContact;

/// <summary>
/// The answers given so far while logging a contact, kept in dialog state (plain JSON-friendly values).
/// <see cref="Answered"/> names the questions answered, so a change re-asks one question and any
/// follow-up the new answer needs, and nothing already answered is lost.
/// </summary>
public sealed class ContactDraft
{
    /// <summary>Saved with the case, so a second click on Save finds it instead of saving twice.</summary>
    public Guid IntakeId { get; set; } = Guid.NewGuid();
    public List<string> Answered { get; set; } = [];
    /// <summary>While changing one answer from the summary: its key; null while logging.</summary>
    public string? Changing { get; set; }

    /// <summary>Logging by cards (a card per step) rather than by typed questions; the answers and their keys are the same.</summary>
    public bool UseCards { get; set; }
    /// <summary>Set when typing took over from the cards, until the waterfall has started again by typed questions.</summary>
    public bool SwitchedFromCards { get; set; }
    /// <summary>The values of a card shown again for bad input, by input id: every value submitted, kept.</summary>
    public Dictionary<string, string>? CardKept { get; set; }
    /// <summary>What was wrong with that card's values, by input id, shown beside each input.</summary>
    public Dictionary<string, string>? CardProblems { get; set; }

    // Customer
    public bool Anonymous { get; set; }
    public string? CustomerName { get; set; }
    public string? TenancyReference { get; set; }
    public string? Relationship { get; set; }
    /// <summary>A <see cref="ComplaintsBot.Cases.Domain.CustomerTenure"/> name, or null where it was not asked.</summary>
    public string? Tenure { get; set; }
    /// <summary>A <see cref="ComplaintsBot.Cases.Domain.RepresentativeKind"/> name, or null for no one.</summary>
    public string? RepresentativeKind { get; set; }
    public string? RepresentativeName { get; set; }
    public bool RepresentativeConsent { get; set; }
    public string? Vulnerability { get; set; }

    // Contact
    public string? Channel { get; set; }
    public DateTimeOffset? ReceivedAt { get; set; }
    public string? Description { get; set; }
    public string? DesiredOutcome { get; set; }

    // Classification
    public bool? Unhappy { get; set; }
    public bool HealthAndSafety { get; set; }
    public bool Safeguarding { get; set; }
    public bool? FirstTime { get; set; }
    public bool? WantsInvestigation { get; set; }
    public bool? Praise { get; set; }
    public bool? AsksForAction { get; set; }
    public bool? MoreThanThanks { get; set; }
    public string? SuggestedCategoryId { get; set; }
    public string? CategoryId { get; set; }
    /// <summary>Staff named the category when they started (the one-line shortcut): the guided questions, which only suggest one, are not asked.</summary>
    public bool CategoryGiven { get; set; }
    /// <summary>A concern made it a complaint under the policy: the category is not offered for change.</summary>
    public bool ComplaintByConcern { get; set; }
    public string? StaffPraised { get; set; }

    // Exclusions (complaints)
    public DateOnly? IssueOccurredOn { get; set; }
    public DateOnly? CustomerAwareOn { get; set; }
    /// <summary>The age-limit exception staff said applies (for example ongoing-issue), or null for none.</summary>
    public string? AgeLimitException { get; set; }
    /// <summary>Exclusion id to whether it applies, as staff answered.</summary>
    public Dictionary<string, bool> ExclusionAnswers { get; set; } = [];
    /// <summary>Where the exclusion questions have got to (the policy's order), so a change continues after the one changed.</summary>
    public int ExclusionCursor { get; set; }

    // Routing
    public string? ServiceArea { get; set; }
    public string? Theme { get; set; }
    public string? OwnerAadObjectId { get; set; }
    public string? OwnerName { get; set; }

    public bool Has(string key) => Answered.Contains(key);

    public void Answer(string key)
    {
        if (!Answered.Contains(key)) Answered.Add(key);
    }

    public void Forget(string key) => Answered.Remove(key);

    /// <summary>Ask this question now: when changing it, or when it has no answer yet (filled in from the one-line shortcut is an answer).</summary>
    public bool ShouldAsk(string key) => Changing == key || !Has(key);
}
