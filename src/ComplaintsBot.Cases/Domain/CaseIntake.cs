using ComplaintsBot.Cases.Policies;

namespace ComplaintsBot.Cases.Domain;

/// <summary>What staff record when they log the contact that opens a case.</summary>
public sealed record CaseIntake
{
    public required string PolicyId { get; init; }
    public required string CategoryId { get; init; }
    public required ContactKind Kind { get; init; }
    public required Customer Customer { get; init; }
    public Representative? Representative { get; init; }
    public string? Vulnerability { get; init; }
    public string? ReasonableAdjustments { get; init; }
    public required ContactChannel Channel { get; init; }
    public required DateTimeOffset ReceivedAt { get; init; }
    public DateOnly? IssueOccurredOn { get; init; }
    public DateOnly? CustomerAwareOn { get; init; }
    public required string Description { get; init; }
    public string? DesiredOutcome { get; init; }
    public string? ServiceArea { get; init; }
    public string? Theme { get; init; }
    /// <summary>The staff member who logged the contact (and owns the case unless <see cref="OwnerId"/> says otherwise).</summary>
    public int? RecordedById { get; init; }
    public int? OwnerId { get; init; }
    public bool SafeguardingConcern { get; init; }
    public bool HealthAndSafetyConcern { get; init; }
    /// <summary>Compliments only: the staff the customer praised, as the customer named them.</summary>
    public string? StaffPraised { get; init; }
    /// <summary>
    /// The id of the draft staff filled in (the logging conversation's), kept with the case so that saving
    /// the same draft twice (a second click on Save, a retried turn) finds this case instead of opening another.
    /// </summary>
    public Guid? IntakeId { get; init; }
}
