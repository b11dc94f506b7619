namespace ComplaintsBot.Cases.Policies.Yaml;

/// <summary>
/// A policy file as written: every key optional and every value as YAML gives it, so the loader can merge a
/// file over its parent before checking anything. Keys are the kebab-case property names ("reference-prefix").
/// </summary>
public sealed class PolicyDocument
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? Landlord { get; set; }
    public string? Extends { get; set; }
    public string? Source { get; set; }
    public string? ReferencePrefix { get; set; }
    public List<RoleDocument>? Roles { get; set; }
    public List<CategoryDocument>? Categories { get; set; }
    public List<ExclusionDocument>? Exclusions { get; set; }
    public AgeLimitDocument? AgeLimit { get; set; }
    public QuickResolutionDocument? QuickResolution { get; set; }
    public StagesDocument? Stages { get; set; }
    public EscalationWindowDocument? EscalationWindow { get; set; }
    public List<CompensationDocument>? Compensation { get; set; }
    public UnreasonableBehaviourDocument? UnreasonableBehaviour { get; set; }
    public RemindersDocument? Reminders { get; set; }
    public SignpostingDocument? Signposting { get; set; }
    public ClassificationDocument? Classification { get; set; }
    public bool? AskTenure { get; set; }
    public List<string>? Notes { get; set; }
    /// <summary>Rule path ("stages.stage1.acknowledge") to the clause it comes from; never inherited.</summary>
    public Dictionary<string, CitationDocument>? RuleBook { get; set; }
}
