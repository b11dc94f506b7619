namespace ComplaintsBot.Cases.Domain;

/// <summary>The role names policies and the store use.</summary>
public static class StaffRoles
{
    public const string Officer = "officer";
    public const string TeamLeader = "team-leader";
    public const string Manager = "manager";
    public const string ComplaintsManager = "complaints-manager";
    public const string SeniorManager = "senior-manager";
    public const string Admin = "admin";

    /// <summary>Every role name the bot knows, for commands and cards that set roles.</summary>
    public static readonly IReadOnlyList<string> All = [Officer, TeamLeader, Manager, ComplaintsManager, SeniorManager, Admin];

    /// <summary>The known role name for <paramref name="name"/> (any case), or null.</summary>
    public static string? Known(string? name) =>
        name is null ? null : All.FirstOrDefault(r => string.Equals(r, name.Trim(), StringComparison.OrdinalIgnoreCase));
}
