namespace ComplaintsBot.Workflows.LogContact;

/// <summary>What staff did with the summary card: save it, or change one answer (its key).</summary>
public sealed record SummaryAnswer(bool Save, string? ChangeKey);
