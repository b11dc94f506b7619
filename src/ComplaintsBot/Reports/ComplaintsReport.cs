namespace ComplaintsBot.Reports;

/// <summary>The figures for one period, table by table (each table is one CSV file; the whole is the JSON).</summary>
public sealed record ComplaintsReport
{
    public required DateOnly From { get; init; }
    public required DateOnly To { get; init; }
    /// <summary>The number of homes CH01 is counted against; null when not configured.</summary>
    public int? Homes { get; init; }
    public required IReadOnlyList<CountRow> ContactsByCategory { get; init; }
    public required IReadOnlyList<CountRow> ContactsByServiceArea { get; init; }
    public required IReadOnlyList<CountRow> ContactsByTheme { get; init; }
    public required IReadOnlyList<CountRow> ContactsByChannel { get; init; }
    public required IReadOnlyList<StageCountRow> ComplaintsByStage { get; init; }
    public required FeedbackBalanceRow ComplimentsAndComplaints { get; init; }
    public required IReadOnlyList<TimelinessRow> Timeliness { get; init; }
    public required IReadOnlyList<ExtensionRow> Extensions { get; init; }
    public required IReadOnlyList<OutcomeRow> Outcomes { get; init; }
    public required IReadOnlyList<CompensationRow> Compensation { get; init; }
    public required IReadOnlyList<TenantSatisfactionMeasureRow> TenantSatisfactionMeasures { get; init; }
    /// <summary>The same measures for each tenure (LCRA, LCHO, other), stage by stage.</summary>
    public required IReadOnlyList<TenureMeasureRow> TenantSatisfactionMeasuresByTenure { get; init; }
    public required IReadOnlyList<RepeatThemeRow> RepeatThemes { get; init; }

    public TenantSatisfactionMeasureRow Measure(string measure, int stage) =>
        TenantSatisfactionMeasures.Single(m => m.Measure == measure && m.Stage == stage);

    public TenureMeasureRow Measure(string measure, int stage, string tenure) =>
        TenantSatisfactionMeasuresByTenure.Single(m => m.Measure == measure && m.Stage == stage && m.Tenure == tenure);

    public TimelinessRow TimelinessOf(int stage, string step) =>
        Timeliness.Single(t => t.Stage == stage && t.Step == step);
}
