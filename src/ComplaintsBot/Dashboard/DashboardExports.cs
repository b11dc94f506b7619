using System.Globalization;
using ComplaintsBot.Reports;
using Microsoft.Extensions.Options;

namespace ComplaintsBot.Dashboard;

/// <summary>
/// What the dashboard shows, as tables to download: the period's report tables under the same filter, the overdue
/// cases the viewer may see, and, when a figure was followed, the cases behind it. Every export is audited.
/// </summary>
public sealed class DashboardExports(ComplaintsReportBuilder reports, OverdueCases overdue, DashboardCases cases, IOptions<ReportOptions> options)
{
    /// <summary>The tables of the view; null when <paramref name="by"/> names no figure.</summary>
    public async Task<IReadOnlyList<ReportTable>?> TablesAsync(DashboardViewer viewer, DashboardQuery query, string? by, string? key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var report = await reports.BuildAsync(query.Period, options.Value.ReportHomes(), query.Filter, cancellationToken);
        var late = await overdue.ListAsync(query.Filter, cancellationToken);
        var visible = await cases.VisibleReferencesAsync(viewer, late.Select(r => r.Reference), cancellationToken);
        var tables = ReportTable.Of(report).Append(ReportTable.Overdue(late.Where(r => visible.Contains(r.Reference)))).ToList();
        if (by is not null)
        {
            if (await cases.ListAsync(viewer, query, by, key, cancellationToken) is not { } list) return null;
            tables.Add(ReportTable.Cases(list.Rows));
        }
        return tables;
    }

    /// <summary>Writes who downloaded what, and which cases the files name, to the audit trail.</summary>
    public Task RecordAsync(DashboardViewer viewer, DashboardQuery query, string format, IReadOnlyList<ReportTable> tables, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(tables);
        var references = tables.Where(t => t.Name is "overdue-cases" or "cases")
            .SelectMany(t => t.Rows.Select(r => (string)r[0]!)).Distinct(StringComparer.Ordinal).ToList();
        return cases.RecordListAsync(viewer, DashboardCases.ExportAction,
            $"{format} {string.Join(",", tables.Select(t => t.Name))} {query.Period} {query.Filter}", references, cancellationToken);
    }

    /// <summary>complaints-2026-12-01-to-2026-12-31, with the filter's parts after it (policy-wch...).</summary>
    public static string FileName(DashboardQuery query, string? by, string? key)
    {
        ArgumentNullException.ThrowIfNull(query);
        var f = query.Filter;
        var parts = new List<string> { "complaints", $"{query.Period.From:yyyy-MM-dd}-to-{query.Period.To:yyyy-MM-dd}" };
        void Add(string name, object? value) { if (value is not null) parts.Add($"{name}-{Convert.ToString(value, CultureInfo.InvariantCulture)}"); }
        Add("policy", f.PolicyId);
        Add("service-area", f.ServiceArea);
        Add("team", f.Team);
        Add("stage", f.Stage);
        Add("owner", f.OwnerId);
        if (by is not null) Add(by, key ?? "");
        // Only letters, digits and dashes: the name goes into a Content-Disposition header.
        return new string(string.Join('-', parts).Select(c => char.IsAsciiLetterOrDigit(c) || c == '-' ? c : '-').ToArray());
    }
}
