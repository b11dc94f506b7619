namespace ComplaintsBot.Reports;

/// <summary>One month of the trend the dashboard charts (the month cut to the period asked for).</summary>
/// <param name="Month">yyyy-MM.</param>
public sealed record TrendPoint(
    string Month,
    int Stage1Received,
    int Stage2Received,
    decimal? Stage1WithinCodePercent,
    decimal? Stage2WithinCodePercent,
    int Compliments,
    int Complaints);
