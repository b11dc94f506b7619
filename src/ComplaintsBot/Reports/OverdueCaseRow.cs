namespace ComplaintsBot.Reports;

/// <summary>An open case with a deadline passed and not met, at the moment the list was made.</summary>
/// <param name="Deadline">The deadline's code, as files and the policy name it (stage1-acknowledge).</param>
/// <param name="DeadlineName">The same deadline in plain English, as staff read it on cards (Stage 1 acknowledgement).</param>
public sealed record OverdueCaseRow(
    string Reference,
    string PolicyId,
    string Category,
    int? Stage,
    string Deadline,
    DateOnly DueDate,
    int WorkingDaysOverdue,
    string? Owner,
    string DeadlineName,
    string? ServiceArea,
    string? Theme,
    string Channel);
