namespace ComplaintsBot.Reports;

/// <summary>Extensions of one stage: asked for, approved and declined in the period, and undecided when it ended.</summary>
public sealed record ExtensionRow(int Stage, int Requested, int Approved, int Declined, int PendingAtEnd);
