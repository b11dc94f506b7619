namespace ComplaintsBot.Dashboard;

/// <summary>One case as the dashboard's case page shows it: dates already in UK form, deadlines in plain English.</summary>
public sealed record CaseDetail
{
    public required string Reference { get; init; }
    public required string PolicyId { get; init; }
    public required string PolicyName { get; init; }
    public required string Category { get; init; }
    public required string Kind { get; init; }
    public required string Status { get; init; }
    public required string Received { get; init; }
    public string? Closed { get; init; }
    public required string Channel { get; init; }
    public string? ServiceArea { get; init; }
    public string? Theme { get; init; }
    public string? Customer { get; init; }
    public string? TenancyReference { get; init; }
    /// <summary>The customer's tenure as the Tenant Satisfaction Measures split it: LCRA, LCHO or other.</summary>
    public required string Tenure { get; init; }
    /// <summary>What was learnt, recorded at or after closing (Code 9.1).</summary>
    public string? Learning { get; init; }
    public string? ServiceImprovement { get; init; }
    /// <summary>The Housing Ombudsman's determination in words: finding, date and orders.</summary>
    public string? OmbudsmanDetermination { get; init; }
    public required string Description { get; init; }
    public string? DesiredOutcome { get; init; }
    public string? Owner { get; init; }
    public required IReadOnlyList<CaseDetailDeadline> Deadlines { get; init; }
    public required IReadOnlyList<CaseDetailStage> Stages { get; init; }
    public required IReadOnlyList<CaseDetailEvent> Trail { get; init; }
    /// <summary>Opens the bot's chat in Teams with "case REF" typed; null when no app id is configured.</summary>
    public string? TeamsLink { get; init; }
}

/// <param name="Name">Plain English (Stage 1 response).</param>
/// <param name="Code">As files and policies name it (stage1-respond).</param>
public sealed record CaseDetailDeadline(string Name, string Code, string Due, string Standing, string? MetAt);

public sealed record CaseDetailStage(
    int Number, string Opened, string? Owner, string? Acknowledged, string? Responded, string? Outcome, decimal? Compensation,
    IReadOnlyList<CaseDetailExtension> Extensions);

public sealed record CaseDetailExtension(string Requested, int WorkingDays, string Reason, bool CustomerAgreed, string Decision, string? DecidedBy, string? Decided);

public sealed record CaseDetailEvent(string At, string Who, string What);
