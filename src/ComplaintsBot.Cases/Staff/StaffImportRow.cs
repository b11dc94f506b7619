namespace ComplaintsBot.Cases.Staff;

/// <summary>
/// One person from an HR export, as read from its line: their Entra object id, name, work email, team, line manager
/// (their email or object id) and the bot's roles for them.
/// </summary>
public sealed record StaffImportRow(
    int Line,
    string AadObjectId,
    string DisplayName,
    string? Email,
    string? Team,
    string? LineManager,
    IReadOnlyList<string> Roles);

/// <summary>What is wrong with one line of an import, by its line number in the file.</summary>
public sealed record StaffImportProblem(int Line, string Message)
{
    public override string ToString() => Line > 0 ? $"line {Line}: {Message}" : Message;
}

/// <summary>An import refused as a whole: every problem found, by line; nothing was written.</summary>
public sealed class StaffImportException(IReadOnlyList<StaffImportProblem> problems)
    : Exception(string.Join(Environment.NewLine, problems))
{
    public IReadOnlyList<StaffImportProblem> Problems { get; } = problems;
}

/// <summary>What an import did: people added, people changed, people already as the file says.</summary>
public sealed record StaffImportResult(int Added, int Changed, int Unchanged);

/// <summary>A staff change that cannot be made (unknown person, unknown role, a loop of line managers...); nothing was written.</summary>
public sealed class StaffChangeRefusedException(string message) : Exception(message);
