namespace ComplaintsBot.Reports;

/// <summary>Compensation offered in one stage's responses made in the period, in pounds.</summary>
public sealed record CompensationRow(int Stage, int Responses, decimal TotalPounds);
