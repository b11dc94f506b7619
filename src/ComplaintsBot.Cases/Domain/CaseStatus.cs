namespace ComplaintsBot.Cases.Domain;

/// <summary>Where a case stands; for complaints, <see cref="Case.CurrentStage"/> says which stage is running.</summary>
public enum CaseStatus
{
    Open,
    /// <summary>A complaint that an exclusion kept out of the complaints process.</summary>
    NotAccepted,
    Closed,
}
