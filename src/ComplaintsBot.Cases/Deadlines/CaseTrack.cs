namespace ComplaintsBot.Cases.Deadlines;

/// <summary>Which set of deadlines a case runs on.</summary>
public enum CaseTrack
{
    /// <summary>A formal complaint: stage 1, the escalation window, stage 2.</summary>
    Complaint,
    /// <summary>The policy's quick-resolution category (a grumble, general feedback): only quick-response.</summary>
    QuickResolution,
}
