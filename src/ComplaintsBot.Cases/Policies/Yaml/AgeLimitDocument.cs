namespace ComplaintsBot.Cases.Policies.Yaml;

public sealed class AgeLimitDocument
{
    /// <summary>"12 months", "6 months", or "none".</summary>
    public string? Limit { get; set; }
    public bool? Discretionary { get; set; }
    public List<string>? Exceptions { get; set; }
    public string? Explanation { get; set; }
}
