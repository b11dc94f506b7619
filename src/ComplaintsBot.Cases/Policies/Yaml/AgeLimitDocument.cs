namespace ComplaintsBot.Cases.Policies.Yaml;

public sealed class AgeLimitDocument
{
    /// <summary>"12 months", "6 months", or "none".</summary>
    public string? Limit { get; set; }
    public bool? Discretionary { get; set; }
    public List<string>? Exceptions { get; set; }
    /// <summary>The policy's own words for each exception staff are asked about, by id.</summary>
    public Dictionary<string, string>? ExceptionNames { get; set; }
    public string? Explanation { get; set; }
    /// <summary>issue, awareness or issue-or-awareness: which date the limit counts back to.</summary>
    public string? CountsFrom { get; set; }
    /// <summary>The role that decides whether to accept an older complaint, where the limit is discretionary.</summary>
    public string? Decider { get; set; }
    public string? DeciderFallback { get; set; }
    /// <summary>true: an exception staff pick is a good reason for the decider to weigh, not a way in (TCH 2).</summary>
    public bool? ExceptionsGoToDecider { get; set; }
}
