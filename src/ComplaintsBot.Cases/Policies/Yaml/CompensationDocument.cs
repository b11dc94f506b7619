namespace ComplaintsBot.Cases.Policies.Yaml;

public sealed class CompensationDocument
{
    /// <summary>An amount in pounds ("999.99"), or "no limit".</summary>
    public string? UpTo { get; set; }
    public string? Approver { get; set; }
    /// <summary>Other roles the policy names as agreeing amounts up to this threshold (HiS: the Service Lead and Director).</summary>
    public List<string>? AlsoApprovedBy { get; set; }
    public string? Note { get; set; }
}
