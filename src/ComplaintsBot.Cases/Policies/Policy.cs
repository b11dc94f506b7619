using ComplaintsBot.Cases.Time;

namespace ComplaintsBot.Cases.Policies;

/// <summary>
/// Everything a landlord decides about complaint handling, loaded from a policy file (policies/*.yaml).
/// A landlord policy extends the Code (hoc-2024), so what it leaves unsaid is the Code's.
/// </summary>
public sealed record Policy
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string Landlord { get; init; }
    /// <summary>The policy this one inherits from (null for the Code itself).</summary>
    public string? Extends { get; init; }
    /// <summary>The document the file was written from, for people checking it.</summary>
    public required string Source { get; init; }
    /// <summary>Prefix of case references, as in WCH-2026-00042.</summary>
    public required string ReferencePrefix { get; init; }

    /// <summary>The roles the policy names, for stage owners and approvers; a higher seniority is more senior.</summary>
    public IReadOnlyList<PolicyRole> Roles { get; init; } = [];
    public required IReadOnlyList<ContactCategory> Categories { get; init; }
    public required IReadOnlyList<Exclusion> Exclusions { get; init; }
    public required AgeLimit AgeLimit { get; init; }
    /// <summary>Timescale for grumbles, general feedback or quick resolutions; null where the policy sets none.</summary>
    public QuickResolution? QuickResolution { get; init; }
    /// <summary>The complaint stages in order; the Code has exactly two.</summary>
    public required IReadOnlyList<StageRules> Stages { get; init; }
    /// <summary>How long after the Stage 1 response the customer may ask for Stage 2; null means no limit.</summary>
    public EscalationWindow? EscalationWindow { get; init; }
    public required IReadOnlyList<CompensationThreshold> Compensation { get; init; }
    /// <summary>How the policy manages persistent, vexatious or unreasonable behaviour; null where it says nothing.</summary>
    public UnreasonableBehaviour? UnreasonableBehaviour { get; init; }
    public required Reminders Reminders { get; init; }
    public required Signposting Signposting { get; init; }
    /// <summary>Classification rules beyond the categories: concerns that force a complaint, thanks.</summary>
    public ClassificationRules Classification { get; init; } = new();
    /// <summary>
    /// Staff ask a tenant's or leaseholder's tenure (low-cost rental, low-cost home ownership or other) when logging,
    /// so the Tenant Satisfaction Measures can be reported for each, as the Regulator of Social Housing asks.
    /// </summary>
    public bool AsksTenure { get; init; }
    /// <summary>Readings of the source that staff should know about (contradictions, the stricter reading taken).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
    /// <summary>Every rule the policy applies with the clause it comes from (its own, or the Code's where it is silent).</summary>
    public RuleBook RuleBook { get; init; } = RuleBook.Empty;

    /// <summary>Whether the landlord's own file states the rules at a path, rather than inheriting them from the Code.</summary>
    public bool Declares(string path) => RuleBook.Declares(Id, path);

    public ContactCategory Category(string id) =>
        Categories.FirstOrDefault(c => c.Id == id)
        ?? throw new ArgumentOutOfRangeException(nameof(id), id, $"Policy {Id} has no category '{id}'.");

    public PolicyRole Role(string id) =>
        Roles.FirstOrDefault(r => r.Id == id)
        ?? throw new ArgumentOutOfRangeException(nameof(id), id, $"Policy {Id} has no role '{id}'.");

    public StageRules Stage(int number) =>
        Stages.FirstOrDefault(s => s.Number == number)
        ?? throw new ArgumentOutOfRangeException(nameof(number), number, $"Policy {Id} has no stage {number}.");
}

/// <summary>A category staff can file a contact under, with the policy's own wording.</summary>
public sealed record ContactCategory
{
    public required string Id { get; init; }
    public required ContactKind Kind { get; init; }
    public required string Name { get; init; }
    public required string Definition { get; init; }
    public IReadOnlyList<string> Examples { get; init; } = [];
    /// <summary>What staff tell the customer or do next (for example, signposting a service request).</summary>
    public string? Guidance { get; init; }
    /// <summary>Staff act on the customer's dissatisfaction to put it right without opening a complaint.</summary>
    public bool PutsThingsRight { get; init; }
}

/// <summary>A reason a complaint may not be accepted, and how staff decide it.</summary>
public sealed record Exclusion
{
    public required string Id { get; init; }
    /// <summary>The yes/no question staff answer; "yes" means the exclusion applies.</summary>
    public required string Question { get; init; }
    /// <summary>What to tell the customer when it applies.</summary>
    public required string Explanation { get; init; }
    /// <summary>Discretionary exclusions go to a manager for a decision; absolute ones apply at once.</summary>
    public required bool Discretionary { get; init; }
    /// <summary>Concerns that override the exclusion, such as safeguarding or health-and-safety.</summary>
    public IReadOnlyList<string> Exceptions { get; init; } = [];
    /// <summary>
    /// Which exclusion the Code accepts this one as (issue-too-old, legal-proceedings, already-considered),
    /// or null where the Code does not list it.
    /// </summary>
    public string? CodeBasis { get; init; }
    /// <summary>What the landlord's wording takes in beyond <see cref="CodeBasis"/> (tch-rosebery: enforcement action).</summary>
    public string? WiderThanCodeBasis { get; init; }
    /// <summary>The role that decides a discretionary exclusion; null for an absolute one.</summary>
    public string? Decider { get; init; }
    /// <summary>Who decides when <see cref="Decider"/> cannot, as the policy file states.</summary>
    public string? DeciderFallback { get; init; }
}

/// <summary>How old an issue may be when it is raised.</summary>
public sealed record AgeLimit
{
    /// <summary>Null where the policy sets no limit.</summary>
    public Timescale? Limit { get; init; }
    /// <summary>Whether staff may still accept an older complaint (with a manager's decision).</summary>
    public required bool Discretionary { get; init; }
    /// <summary>Concerns for which the limit never applies (for example safeguarding, health-and-safety).</summary>
    public IReadOnlyList<string> Exceptions { get; init; } = [];
    /// <summary>The policy's own words for each exception (by id), as staff are asked about it: never the id itself.</summary>
    public IReadOnlyDictionary<string, string> ExceptionNames { get; init; } = new Dictionary<string, string>();
    public required string Explanation { get; init; }
    /// <summary>Which date the limit counts back to: the issue, the customer's awareness of it, or the later of the two (the Code).</summary>
    public AgeLimitBasis CountsFrom { get; init; } = AgeLimitBasis.IssueOrAwareness;
    /// <summary>The role that decides whether to accept an older complaint; null where the limit is absolute.</summary>
    public string? Decider { get; init; }
    public string? DeciderFallback { get; init; }
    /// <summary>
    /// The exceptions are good reasons the decider weighs, not a way in by themselves (TCH 2: "unless there is good
    /// reason ... is at the discretion of the Customer Experience Manager"): a complaint with one still goes to the decider.
    /// </summary>
    public bool ExceptionsGoToDecider { get; init; }
}

public enum AgeLimitBasis
{
    /// <summary>From when the issue occurred, whenever the customer learned of it.</summary>
    Issue,
    /// <summary>From when the customer became aware of the issue.</summary>
    Awareness,
    /// <summary>From the issue or the customer becoming aware of it, whichever is later (Code 2.3).</summary>
    IssueOrAwareness,
}

public sealed record QuickResolution
{
    /// <summary>The category it applies to (a grumble, feedback or quick-resolution category id).</summary>
    public required string CategoryId { get; init; }
    /// <summary>Null where the category has no timescale (for example whg's escalated service requests).</summary>
    public Timescale? RespondWithin { get; init; }
    public CaseEvent From { get; init; } = CaseEvent.Received;
    /// <summary>
    /// Only for an issue the customer has not raised with us before (TCH 7.2.1: "an issue not previously presented");
    /// otherwise (the default) for dissatisfaction with something raised before, as a repeat contact.
    /// </summary>
    public bool NewIssuesOnly { get; init; }
}

/// <summary>The rules of one complaint stage.</summary>
public sealed record StageRules
{
    public required int Number { get; init; }
    public required string Name { get; init; }
    /// <summary>Null where the policy sets no acknowledgement for the stage (a shortfall against the Code).</summary>
    public Deadline? Acknowledge { get; init; }
    public required Deadline Respond { get; init; }
    /// <summary>Follow-up promised after acknowledgement (tch-rosebery: contact the customer within 3 wd of it).</summary>
    public Deadline? ContactCustomer { get; init; }
    public required ExtensionRules Extension { get; init; }
    /// <summary>Roles that may own the stage.</summary>
    public IReadOnlyList<string> OwnerRoles { get; init; } = [];
    /// <summary>Stage 2 only: the reviewer must not be the person who handled Stage 1.</summary>
    public bool ReviewerMustDifferFromPreviousStage { get; init; }
    /// <summary>Stage 2 only: the reviewer must be more senior than the Stage 1 owner.</summary>
    public bool ReviewerMustBeMoreSenior { get; init; }
    /// <summary>The role that signs off or approves the stage's response, where the policy names one.</summary>
    public string? SignOffRole { get; init; }
    /// <summary>Grounds on which the landlord may refuse to open this stage (Stage 2 refusals).</summary>
    public IReadOnlyList<string> RefusalGrounds => Grounds.Select(g => g.Text).ToList();
    /// <summary>The refusal grounds with the Code basis each rests on.</summary>
    public IReadOnlyList<RefusalGround> Grounds { get; init; } = [];
    /// <summary>The stage waits on the customer explaining why they escalate (Code 6.12 says it must not).</summary>
    public bool RequiresReasons { get; init; }
    /// <summary>The customer may ask for the next stage once this stage's response is overdue, unanswered (WCH 5.3.3).</summary>
    public bool EscalateWhenOverdue { get; init; }
}

/// <summary>A ground for refusing a stage, and the Code exclusion (or escalation-window) it rests on, if any.</summary>
public sealed record RefusalGround(string Text, string? CodeBasis)
{
    public const string EscalationWindow = "escalation-window";
}

/// <summary>"Within {Within} of {From}".</summary>
public sealed record Deadline
{
    public required Timescale Within { get; init; }
    public required CaseEvent From { get; init; }
    /// <summary>The policy's own words, when they differ from the plain reading.</summary>
    public string? Note { get; init; }
    /// <summary>Where the document contradicts itself: the reading not used (Within is the stricter one).</summary>
    public Timescale? OtherReading { get; init; }
}

public sealed record ExtensionRules
{
    /// <summary>
    /// The most the response may be extended by, in all (without the customer's agreement where
    /// <see cref="CustomerMustAgreeAbove"/> is set); null means no extension allowed.
    /// </summary>
    public Timescale? Max { get; init; }
    /// <summary>The role that approves an extension ("line-manager" = the requester's line manager).</summary>
    public required string Approver { get; init; }
    public required bool CustomerMustAgree { get; init; }
    /// <summary>Extensions only by agreement with the customer, with no set length (cfp-2018).</summary>
    public bool ByAgreement { get; init; }
    /// <summary>
    /// Where the policy needs the customer's agreement only for longer extensions (whg 2.24): the customer must agree
    /// once the extensions come to more than this in all, and may then agree to more than <see cref="Max"/>.
    /// </summary>
    public Timescale? CustomerMustAgreeAbove { get; init; }
    /// <summary>
    /// With <see cref="CustomerMustAgreeAbove"/>: the most in all once the customer agrees; null where the policy sets
    /// no length (whg 2.24: "this will be agreed by both parties").
    /// </summary>
    public Timescale? MaxWithAgreement { get; init; }
    /// <summary>When the customer is given the Ombudsman's details about an extension (Code 6.5, 6.16: every time).</summary>
    public OmbudsmanDetailsOnExtension OmbudsmanDetails { get; init; } = OmbudsmanDetailsOnExtension.WithEveryExtension;
}

public enum OmbudsmanDetailsOnExtension
{
    WithEveryExtension,
    /// <summary>Only when the customer does not agree to the extension (whg 2.24, TCH 9.9).</summary>
    WhenNotAgreed,
    NotGiven,
}

public sealed record EscalationWindow
{
    public required Timescale Within { get; init; }
    public CaseEvent From { get; init; } = CaseEvent.Stage1Response;
    /// <summary>A further period the customer may ask for (wch: 10 more working days).</summary>
    public Timescale? ExtensionOnRequest { get; init; }
    /// <summary>Whether a late request is refused (whg: "must be made within 28 days") or left to a decider.</summary>
    public EscalationWindowBinding Binding { get; init; } = EscalationWindowBinding.Absolute;
    /// <summary>Who may accept a late request where the window is not absolute, and who decides when they cannot.</summary>
    public string? Decider { get; init; }
    public string? DeciderFallback { get; init; }
}

public enum EscalationWindowBinding
{
    /// <summary>A request after the window is refused.</summary>
    Absolute,
    /// <summary>The landlord reserves the right to refuse a late request (WCH 5.3.2): a named decider may accept it.</summary>
    Reserved,
    /// <summary>Customers are asked to keep to it (TCH 9.1 "We ask"): a named decider may accept a late request.</summary>
    Asked,
}

/// <summary>Compensation up to UpTo may be approved by Approver.</summary>
public sealed record CompensationThreshold
{
    /// <summary>The largest amount (pounds) this approver may agree; decimal.MaxValue where there is no limit.</summary>
    public required decimal UpTo { get; init; }
    public required string Approver { get; init; }
    /// <summary>Other roles the policy itself names for this threshold; nobody else of the same seniority agrees it.</summary>
    public IReadOnlyList<string> AlsoApprovedBy { get; init; } = [];
    public bool HasNoLimit => UpTo == decimal.MaxValue;
    /// <summary>The policy's own words, for example other roles that may also approve.</summary>
    public string? Note { get; init; }
}

/// <summary>
/// The policy's provision for unreasonable behaviour (WCH 7, whg 2.27, TCH 10, HiS "repeat or habitual complaints"):
/// what it is handled under, what the landlord may then do, and who decides.
/// </summary>
public sealed record UnreasonableBehaviour
{
    public required string HandledUnder { get; init; }
    public required IReadOnlyList<UnreasonableBehaviourMeasure> May { get; init; }
    public required string Decider { get; init; }
    public string? Guidance { get; init; }
}

public enum UnreasonableBehaviourMeasure
{
    /// <summary>Limit or prevent contact (the complaint is still handled).</summary>
    RestrictContact,
    /// <summary>Refuse a request for the next stage.</summary>
    RefuseEscalation,
    /// <summary>End the complaints process, with a final letter where the policy says so.</summary>
    EndComplaint,
    /// <summary>Refuse to consider the complaint.</summary>
    RefuseComplaint,
}

/// <summary>When owners are nudged about a deadline.</summary>
public sealed record Reminders
{
    /// <summary>"Due soon" starts this long before a deadline.</summary>
    public required Timescale WarningWindow { get; init; }
}

/// <summary>Where customers are sent when they remain unhappy.</summary>
public sealed record Signposting
{
    public required string Ombudsman { get; init; }
    /// <summary>The Ombudsman's contact details, for cards and letters.</summary>
    public OmbudsmanContact? Contact { get; init; }
    public string? Other { get; init; }

    /// <summary>
    /// The Ombudsman's details as the policy file gives them, each once: its wording, then the contact details where
    /// that wording does not already give the address. The one source for letters, extension notices and cards
    /// (Code 6.5 and 6.16 on an extension; the stage responses).
    /// </summary>
    public IReadOnlyList<string> OmbudsmanDetails()
    {
        if (Contact is not { } contact || (contact.Address is { } address && Ombudsman.Contains(address, StringComparison.OrdinalIgnoreCase)))
            return [Ombudsman];
        return [Ombudsman, string.Join(". ", new[]
        {
            contact.Name, contact.Address, contact.Phone is { } phone ? $"Telephone {phone}" : null,
            contact.Email is { } email ? $"Email {email}" : null, contact.Website is { } web ? $"Website {web}" : null,
        }.OfType<string>()) + "."];
    }
}
