namespace ComplaintsBot.Reports;

/// <summary>How many contacts share one value (a category, service area, theme or channel); "(none)" where not recorded.</summary>
public sealed record CountRow(string Key, int Count);
