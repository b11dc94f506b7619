namespace ComplaintsBot.Reports;

/// <summary>The findings of one stage's responses made in the period.</summary>
public sealed record OutcomeRow(int Stage, int Upheld, int PartlyUpheld, int NotUpheld);
