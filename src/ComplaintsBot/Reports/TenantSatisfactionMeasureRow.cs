namespace ComplaintsBot.Reports;

/// <summary>
/// One Tenant Satisfaction Measure figure. CH01: complaints received at the stage per 1,000 homes
/// (numerator: complaints, denominator: homes; null value when the number of homes is not configured).
/// CH02: percentage of the stage's responses in the period made within the Code's timescales.
/// </summary>
public sealed record TenantSatisfactionMeasureRow(string Measure, int Stage, int Numerator, int? Denominator, decimal? Value);
