namespace ComplaintsBot.Dashboard;

/// <summary>The viewer, or why the request is refused (HTTP status and a message naming the problem).</summary>
public sealed record DashboardAccessResult(DashboardViewer? Viewer, int StatusCode, string? Problem)
{
    public static DashboardAccessResult Allowed(DashboardViewer viewer) => new(viewer, StatusCodes.Status200OK, null);

    public static DashboardAccessResult Unauthenticated(string problem) => new(null, StatusCodes.Status401Unauthorized, problem);

    public static DashboardAccessResult Forbidden(string problem) => new(null, StatusCodes.Status403Forbidden, problem);
}
