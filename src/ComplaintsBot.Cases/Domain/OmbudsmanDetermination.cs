namespace ComplaintsBot.Cases.Domain;

/// <summary>
/// The Housing Ombudsman's determination on a complaint the customer took to it after the landlord's final response,
/// with any orders it made; the annual report counts these beside the landlord's own outcomes (Code 8.1).
/// </summary>
public sealed record OmbudsmanDetermination
{
    public OmbudsmanDetermination(OmbudsmanFinding finding, DateOnly determinedOn, string? orders, int recordedById, DateTimeOffset recordedAt)
    {
        if (!Enum.IsDefined(finding))
            throw new ArgumentOutOfRangeException(nameof(finding), finding, "Not a finding the Ombudsman makes.");
        Finding = finding;
        DeterminedOn = determinedOn;
        Orders = string.IsNullOrWhiteSpace(orders) ? null : orders.Trim();
        RecordedById = recordedById;
        RecordedAt = recordedAt.ToUniversalTime();
    }

    public OmbudsmanFinding Finding { get; private init; }
    /// <summary>The date on the Ombudsman's determination.</summary>
    public DateOnly DeterminedOn { get; private init; }
    /// <summary>What the Ombudsman ordered or recommended the landlord to do, as written on the determination.</summary>
    public string? Orders { get; private init; }
    public int RecordedById { get; private init; }
    public DateTimeOffset RecordedAt { get; private init; }
}
