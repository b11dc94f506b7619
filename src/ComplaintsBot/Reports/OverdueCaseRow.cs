namespace ComplaintsBot.Reports;

/// <summary>An open case with a deadline passed and not met, at the moment the list was made.</summary>
public sealed record OverdueCaseRow(
    string Reference,
    string PolicyId,
    string Category,
    int? Stage,
    string Deadline,
    DateOnly DueDate,
    int WorkingDaysOverdue,
    string? Owner);
