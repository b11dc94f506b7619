using System.Globalization;
using System.Reflection;
using ComplaintsBot.Cases.Policies;
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
        ["case.html"] = "text/html; charset=utf-8",
        ["case.js"] = "text/javascript; charset=utf-8",
        ["teams-token.js"] = "text/javascript; charset=utf-8",
    };

    /// <summary>Where the build puts the Teams JavaScript client from the npm package @microsoft/teams-js.</summary>
    public static string BundledTeamsJs => Path.Combine(AppContext.BaseDirectory, "teams-js", "MicrosoftTeams.min.js");

    // Dashboard:TeamsJsPath when set, else the copy the build took from npm.
    private static string? TeamsJsFile(DashboardOptions options) =>
        options.TeamsJsPath is { Length: > 0 } path ? (File.Exists(path) ? Path.GetFullPath(path) : null)
        : File.Exists(BundledTeamsJs) ? BundledTeamsJs : null;

    public static IEndpointRouteBuilder MapDashboard(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/dashboard", () => Asset("dashboard.html"));
        endpoints.MapGet("/dashboard/dashboard.js", () => Asset("dashboard.js"));
        endpoints.MapGet("/dashboard/dashboard.css", () => Asset("dashboard.css"));
        endpoints.MapGet("/dashboard/case", () => Asset("case.html"));
        endpoints.MapGet("/dashboard/case.js", () => Asset("case.js"));
        endpoints.MapGet("/dashboard/teams-token.js", () => Asset("teams-token.js"));
        endpoints.MapGet("/dashboard/teams-js.js", (IOptions<DashboardOptions> options) =>
            TeamsJsFile(options.Value) is { } path
                ? Results.File(path, "text/javascript; charset=utf-8")
                : Results.Text("// No Teams client beside the app (the build puts it there from npm) and Dashboard:TeamsJsPath is not set: no SSO token.\n", "text/javascript; charset=utf-8"));

        var api = endpoints.MapGroup("/dashboard/api").AddEndpointFilter((context, next) => Checked(context, next, oneCase: false));
        // One case's page: for whoever may see the case, manager or not (DashboardAccess, CaseVisibility).
        var casePage = endpoints.MapGroup("/dashboard/api").AddEndpointFilter((context, next) => Checked(context, next, oneCase: true));
        api.MapGet("/me", (HttpContext http) => Results.Json((DashboardViewer)http.Items[typeof(DashboardViewer)]!, ReportWriter.JsonOptions));
        api.MapGet("/summary", async (HttpContext http, ComplaintsReportBuilder reports, IOptions<ReportOptions> options, TimeProvider clock, CancellationToken ct) =>
            Query(http, clock) is not { } q ? BadQuery(http)
                : Results.Json(await reports.BuildAsync(q.Period, options.Value.ReportHomes(), q.Filter, ct), ReportWriter.JsonOptions));
        api.MapGet("/trend", async (HttpContext http, ComplaintsReportBuilder reports, TimeProvider clock, CancellationToken ct) =>
            Query(http, clock) is not { } q ? BadQuery(http)
                : Results.Json(await reports.TrendAsync(q.Period, q.Filter, ct), ReportWriter.JsonOptions));
        api.MapGet("/overdue", async (HttpContext http, OverdueCases overdue, DashboardCases cases, TimeProvider clock, CancellationToken ct) =>
        {
            if (Query(http, clock) is not { } q) return BadQuery(http);
            var rows = await overdue.ListAsync(q.Filter, ct);
            var visible = await cases.VisibleReferencesAsync(Viewer(http), rows.Select(r => r.Reference), ct);
            return Results.Json(rows.Where(r => visible.Contains(r.Reference)).ToList(), ReportWriter.JsonOptions);
        });
        api.MapGet("/options", async (ReportCases reportCases, PolicyCatalog policies, IOptions<ReportOptions> options, CancellationToken ct) =>
            Results.Json(await DashboardFilterOptions.BuildAsync(reportCases, policies, options.Value.Targets, ct), ReportWriter.JsonOptions));
        api.MapGet("/cases", async (HttpContext http, string? by, string? key, DashboardCases cases, TimeProvider clock, CancellationToken ct) =>
        {
            if (Query(http, clock) is not { } q) return BadQuery(http);
            if (await cases.ListAsync(Viewer(http), q, by, key, ct) is not { } list) return BadDimension();
            await cases.RecordListAsync(Viewer(http), DashboardCases.ListAction, $"{by}={key} {q.Period}", list.Rows.Select(r => r.Reference).ToList(), ct);
            return Results.Json(new { total = list.Total, hidden = list.Total - list.Rows.Count, rows = list.Rows }, ReportWriter.JsonOptions);
        });
        api.MapGet("/export", async (HttpContext http, string? format, string? table, string? by, string? key, DashboardExports exports, TimeProvider clock, CancellationToken ct) =>
        {
            if (Query(http, clock) is not { } q) return BadQuery(http);
            var tables = await exports.TablesAsync(Viewer(http), q, by, key, ct);
            if (tables is null) return BadDimension();
            var name = DashboardExports.FileName(q, by, key);
            if (string.Equals(format, "xlsx", StringComparison.OrdinalIgnoreCase))
            {
                await exports.RecordAsync(Viewer(http), q, "xlsx", tables, ct);
                return Results.File(ReportSpreadsheet.Xlsx(tables), ReportSpreadsheet.XlsxContentType, name + ".xlsx");
            }
            if (!string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase))
                return Results.Json(new { error = "format must be csv or xlsx." }, statusCode: StatusCodes.Status400BadRequest);
            if (tables.FirstOrDefault(t => t.Name == table) is not { } one)
                return Results.Json(new { error = $"table must be one of {string.Join(", ", tables.Select(t => t.Name))}." }, statusCode: StatusCodes.Status400BadRequest);
            await exports.RecordAsync(Viewer(http), q, "csv", [one], ct);
            return Results.File(ReportSpreadsheet.Csv(one), ReportSpreadsheet.CsvContentType, $"{name}-{one.Name}.csv");
        });
        casePage.MapGet("/case/{reference}", async (HttpContext http, string reference, DashboardCases cases, CancellationToken ct) =>
            await cases.DetailAsync(Viewer(http), reference, ct) is { } detail
                ? Results.Json(detail, ReportWriter.JsonOptions)
                : Results.Json(new { error = $"There is no case {reference.Trim()} you can see. Check the reference." }, statusCode: StatusCodes.Status404NotFound));
        return endpoints;
    }

    private static async ValueTask<object?> Checked(EndpointFilterInvocationContext context, EndpointFilterDelegate next, bool oneCase)
    {
        var http = context.HttpContext;
        var access = await http.RequestServices.GetRequiredService<DashboardAccess>().CheckAsync(http, http.RequestAborted, oneCase);
        if (access.Viewer is null) return Results.Json(new { error = access.Problem }, statusCode: access.StatusCode);
        http.Items[typeof(DashboardViewer)] = access.Viewer;
        http.Response.Headers.CacheControl = "no-store";
        return await next(context);
    }

    private static DashboardViewer Viewer(HttpContext http) => (DashboardViewer)http.Items[typeof(DashboardViewer)]!;

    /// <summary>The period and filter a request asks for; null when either is not understood.</summary>
    internal static DashboardQuery? Query(HttpContext http, TimeProvider clock)
    {
        var q = http.Request.Query;
        if (Period(q["from"], q["to"], clock) is not { } period) return null;
        int? stage = null, owner = null;
        if (Text(q["stage"]) is { } s)
        {
            if (!int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n is < 1 or > 2) return null;
            stage = n;
        }
        if (Text(q["owner"]) is { } o)
        {
            if (!int.TryParse(o, NumberStyles.None, CultureInfo.InvariantCulture, out var n)) return null;
            owner = n;
        }
        return new DashboardQuery(period, new ReportFilter(Text(q["policy"]), Text(q["serviceArea"]), Text(q["team"]), stage, owner));
    }

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>
    /// from and to as yyyy-MM-dd; without from, a true twelve months ending on to (today, London, without it): from the
    /// day after the same date a year earlier, so 8 December 2025 to 7 December 2026, not a part month plus eleven.
    /// </summary>
    private static ReportPeriod? Period(string? from, string? to, TimeProvider clock)
    {
        var today = LondonTime.DateOf(clock.GetUtcNow());
        var end = Text(to) is { } t ? ParseDate(t) : today;
        var start = Text(from) is { } f ? ParseDate(f) : end is { } e ? e.AddMonths(-12).AddDays(1) : null;
        return start is { } s && end is { } last && s <= last ? new ReportPeriod(s, last) : null;
    }

    private static DateOnly? ParseDate(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private static IResult BadDimension() =>
        Results.Json(new { error = $"by must be one of {string.Join(", ", ReportDrillDown.Dimensions)}." }, statusCode: StatusCodes.Status400BadRequest);

    private static IResult BadQuery(HttpContext http) =>
        Results.Json(new
        {
            error = $"from '{http.Request.Query["from"]}' and to '{http.Request.Query["to"]}' must be dates written 2026-12-31, from no later than to; " +
                "stage must be 1 or 2 and owner a staff id.",
        }, statusCode: StatusCodes.Status400BadRequest);

    private static IResult Asset(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"ComplaintsBot.Dashboard.wwwroot.{name}")
            ?? throw new InvalidOperationException($"The dashboard asset {name} is not embedded.");
        using var reader = new StreamReader(stream);
        return Results.Text(reader.ReadToEnd(), Assets[name]);
    }
}
