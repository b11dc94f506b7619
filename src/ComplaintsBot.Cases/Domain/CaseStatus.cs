namespace ComplaintsBot.Cases.Domain;

/// <summary>Where a case stands; for complaints, <see cref="Case.CurrentStage"/> says which stage is running.</summary>
public enum CaseStatus
{
    Open,
    /// <summary>A complaint that an exclusion kept out of the complaints process.</summary>
    NotAccepted,
    Closed,
    /// <summary>
    /// A complaint whose complaints process the decider the policy names ended under its provision for unreasonable
    /// behaviour (TCH 10.2, whg 2.27): it ends there, with a final letter; no later stage follows.
    /// </summary>
    EndedForUnreasonableBehaviour,
}
