namespace ComplaintsBot.Reports;

/// <summary>One case behind a figure: what a manager needs to pick it out and open it.</summary>
public sealed record CaseListRow(
    string Reference,
    string PolicyId,
    string Category,
    string Kind,
    DateOnly ReceivedOn,
    int? Stage,
    string Status,
    string? ServiceArea,
    string? Theme,
    string Channel,
    string? Owner);
