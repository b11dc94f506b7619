namespace ComplaintsBot.Dashboard;

/// <summary>Who is looking at the dashboard: a manager from the staff directory, or the marked local user in Development.</summary>
public sealed record DashboardViewer(string Name, bool IsLocalDevelopmentUser)
{
    public const string LocalName = "Local developer (Development mode, not signed in)";

    public static readonly DashboardViewer LocalDevelopmentUser = new(LocalName, true);
}
