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
}
