namespace ComplaintsBot.Workflows.Letters;

/// <summary>What a signed download link stands for: one staff member, one case's stage letter, until a moment.</summary>
public sealed record LetterDownloadLink(string StaffAadObjectId, int CaseId, int Stage, DateTimeOffset ExpiresAt);
