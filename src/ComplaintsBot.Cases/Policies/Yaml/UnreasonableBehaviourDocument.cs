namespace ComplaintsBot.Cases.Policies.Yaml;

public sealed class UnreasonableBehaviourDocument
{
    /// <summary>The landlord's own policy or guidance the behaviour is managed under.</summary>
    public string? HandledUnder { get; set; }
    /// <summary>What the policy lets the landlord do: restrict-contact, refuse-escalation, end-complaint, refuse-complaint.</summary>
    public List<string>? May { get; set; }
    /// <summary>The role that decides, as the policy names it (or the file's reading where it names nobody).</summary>
    public string? Decider { get; set; }
    /// <summary>What staff are told to do, in the policy's words.</summary>
    public string? Guidance { get; set; }
}
