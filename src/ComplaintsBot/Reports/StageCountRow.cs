namespace ComplaintsBot.Reports;

/// <summary>Complaints at one stage: opened and answered in the period, and still unanswered when it ended.</summary>
public sealed record StageCountRow(int Stage, int Received, int Responded, int OpenAtEnd);
