namespace ComplaintsBot.Cases.Policies.Compliance;

/// <summary>One point where a policy falls short of the Complaint Handling Code (2024).</summary>
/// <param name="Section">The Code provision breached, cited as "Code 6.2".</param>
/// <param name="Field">Where the policy file says it, in the file's own keys ("stages.stage1.acknowledge").</param>
/// <param name="PolicySays">What the policy says, in words.</param>
/// <param name="CodeRequires">What the Code requires, in words.</param>
public sealed record ComplianceFinding(
    FindingSeverity Severity,
    string Section,
    string Field,
    string PolicySays,
    string CodeRequires)
{
    public override string ToString() =>
        $"{Severity} {Section} {Field}: the policy says {PolicySays}; the Code requires {CodeRequires}";
}
