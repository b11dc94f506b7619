namespace ComplaintsBot.Cases.Policies;

/// <summary>How customers reach the Housing Ombudsman Service.</summary>
public sealed record OmbudsmanContact
{
    public required string Name { get; init; }
    public string? Address { get; init; }
    public string? Phone { get; init; }
    public string? Email { get; init; }
    public string? Website { get; init; }
}
