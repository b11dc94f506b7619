using System.Text.Json.Serialization;
using ComplaintsBot.Cases.Domain;

namespace ComplaintsBot.Dashboard;

/// <summary>Who is looking at the dashboard: a manager from the staff directory (for one case's page, whoever may see that case), or the marked local user in Development.</summary>
public sealed record DashboardViewer(string Name, bool IsLocalDevelopmentUser)
{
    public const string LocalName = "Local developer (Development mode, not signed in)";

    /// <summary>The audit trail's actor for the local user: nobody signed in, so no Teams user id.</summary>
    public const string LocalActor = "local-development-user";

    public static readonly DashboardViewer LocalDevelopmentUser = new(LocalName, true);

    /// <summary>The signed-in manager as the staff directory holds them; null for the local user.</summary>
    [JsonIgnore]
    public StaffMember? Member { get; init; }

    /// <summary>Who the audit trail names for this viewer's views and exports.</summary>
    [JsonIgnore]
    public StaffMember Actor => Member ?? new StaffMember(LocalActor, LocalName);
}
