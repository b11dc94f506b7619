namespace ComplaintsBot.Cases.Policies.Yaml;

public sealed class ExclusionDocument
{
    public string? Id { get; set; }
    public string? Question { get; set; }
    public string? Explanation { get; set; }
    public bool? Discretionary { get; set; }
    public List<string>? Exceptions { get; set; }
    /// <summary>issue-too-old, legal-proceedings or already-considered.</summary>
    public string? CodeBasis { get; set; }
    /// <summary>What the landlord's wording takes in beyond the Code exclusion it rests on, if anything.</summary>
    public string? WiderThanCodeBasis { get; set; }
    /// <summary>The role that decides a discretionary exclusion, and who decides when that role cannot.</summary>
    public string? Decider { get; set; }
    public string? DeciderFallback { get; set; }
}
