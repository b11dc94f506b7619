using System.Globalization;
using System.Reflection;
using ComplaintsBot.Cases.Time;
using ComplaintsBot.Reports;
using Microsoft.Extensions.Options;

namespace ComplaintsBot.Dashboard;

/// <summary>
/// /dashboard: the page and its own script and styles (no CDN), and /dashboard/api/* JSON for managers. The page
/// itself carries no data; every figure comes from the API, which checks the viewer on each request.
/// </summary>
public static class DashboardEndpoints
{
    private static readonly Dictionary<string, string> Assets = new(StringComparer.Ordinal)
    {
        ["dashboard.html"] = "text/html; charset=utf-8",
        ["dashboard.js"] = "text/javascript; charset=utf-8",
        ["dashboard.css"] = "text/css; charset=utf-8",
    };

    public static IEndpointRouteBuilder MapDashboard(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/dashboard", () => Asset("dashboard.html"));
        endpoints.MapGet("/dashboard/dashboard.js", () => Asset("dashboard.js"));
        endpoints.MapGet("/dashboard/dashboard.css", () => Asset("dashboard.css"));
        endpoints.MapGet("/dashboard/teams-js.js", (IOptions<DashboardOptions> options) =>
            options.Value.TeamsJsPath is { Length: > 0 } path && File.Exists(path)
                ? Results.File(Path.GetFullPath(path), "text/javascript; charset=utf-8")
                : Results.Text("// Dashboard:TeamsJsPath is not set: no Teams client here, so no SSO token (local Development only).\n", "text/javascript; charset=utf-8"));

        var api = endpoints.MapGroup("/dashboard/api").AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            var access = await http.RequestServices.GetRequiredService<DashboardAccess>().CheckAsync(http, http.RequestAborted);
            if (access.Viewer is null) return Results.Json(new { error = access.Problem }, statusCode: access.StatusCode);
            http.Items[typeof(DashboardViewer)] = access.Viewer;
            http.Response.Headers.CacheControl = "no-store";
            return await next(context);
        });
        api.MapGet("/me", (HttpContext http) => Results.Json((DashboardViewer)http.Items[typeof(DashboardViewer)]!, ReportWriter.JsonOptions));
        api.MapGet("/summary", async (string? from, string? to, ComplaintsReportBuilder reports, IOptions<ReportOptions> options, TimeProvider clock, CancellationToken ct) =>
            Period(from, to, clock) is { } period
                ? Results.Json(await reports.BuildAsync(period, options.Value.Homes, ct), ReportWriter.JsonOptions)
                : BadPeriod(from, to));
        api.MapGet("/trend", async (string? from, string? to, ComplaintsReportBuilder reports, TimeProvider clock, CancellationToken ct) =>
            Period(from, to, clock) is { } period
                ? Results.Json(await reports.TrendAsync(period, ct), ReportWriter.JsonOptions)
                : BadPeriod(from, to));
        api.MapGet("/overdue", async (OverdueCases overdue, CancellationToken ct) =>
            Results.Json(await overdue.ListAsync(ct), ReportWriter.JsonOptions));
        return endpoints;
    }

    /// <summary>from and to as yyyy-MM-dd; without them, the twelve months up to today (London).</summary>
    private static ReportPeriod? Period(string? from, string? to, TimeProvider clock)
    {
        var today = LondonTime.DateOf(clock.GetUtcNow());
        var end = to is null ? today : ParseDate(to);
        var start = from is null ? end is { } e ? new DateOnly(e.Year, e.Month, 1).AddMonths(-11) : null : ParseDate(from);
        return start is { } s && end is { } last && s <= last ? new ReportPeriod(s, last) : null;
    }

    private static DateOnly? ParseDate(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private static IResult BadPeriod(string? from, string? to) =>
        Results.Json(new { error = $"from '{from}' and to '{to}' must be dates written 2026-12-31, from no later than to." }, statusCode: StatusCodes.Status400BadRequest);

    private static IResult Asset(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"ComplaintsBot.Dashboard.wwwroot.{name}")
            ?? throw new InvalidOperationException($"The dashboard asset {name} is not embedded.");
        using var reader = new StreamReader(stream);
        return Results.Text(reader.ReadToEnd(), Assets[name]);
    }
}
