namespace ComplaintsBot.Reports;

/// <summary>Compliments set against complaints received in the period; <see cref="ComplimentsPerComplaint"/> is null with no complaints.</summary>
public sealed record FeedbackBalanceRow(int Compliments, int Complaints, decimal? ComplimentsPerComplaint);
