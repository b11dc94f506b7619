namespace ComplaintsBot.Reports;

/// <summary>
/// One Tenant Satisfaction Measure for the complaints of customers of one tenure, as the Regulator of Social Housing
/// asks landlords to report them: "LCRA" (low-cost rental), "LCHO" (low-cost home ownership) or "other" (neither,
/// or not recorded). CH01: complaints received at the stage per 1,000 homes of that tenure (no value when their
/// number is not configured, and never for "other"); CH02: the share of the stage's responses within the Code.
/// </summary>
public sealed record TenureMeasureRow(string Measure, int Stage, string Tenure, int Numerator, int? Denominator, decimal? Value);
