namespace ComplaintsBot.Cases.Policies.Yaml;

public sealed class QuickResolutionDocument
{
    /// <summary>The id of the category it applies to.</summary>
    public string? Category { get; set; }
    /// <summary>A timescale, or "none" where the policy sets none.</summary>
    public string? RespondWithin { get; set; }
    public string? From { get; set; }
    /// <summary>true: only for an issue the customer has not raised before (TCH 7.2.1 "not previously presented").</summary>
    public bool? NewIssuesOnly { get; set; }
}
