namespace ComplaintsBot.Cases.Policies;

/// <summary>A role named by a policy (stage owner, reviewer, approver). A higher seniority is more senior.</summary>
public sealed record PolicyRole
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required int Seniority { get; init; }
}
