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
}
