using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Reports;

namespace ComplaintsBot.Dashboard;

/// <summary>The choices the dashboard's filters offer (from the policies, the cases and the staff directory) and the lines its charts draw.</summary>
public sealed record DashboardFilterOptions(
    IReadOnlyList<DashboardChoice> Policies,
    IReadOnlyList<string> ServiceAreas,
    IReadOnlyList<string> Teams,
    IReadOnlyList<DashboardChoice> Owners,
    IReadOnlyList<int> Stages,
    decimal CodeTargetPercent,
    TimelinessTargets Targets)
{
    public static async Task<DashboardFilterOptions> BuildAsync(ReportCases cases, PolicyCatalog policies, TimelinessTargets targets, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(policies);
        var (areas, owners) = await cases.ChoicesAsync(cancellationToken);
        var staff = await cases.StaffAsync(cancellationToken);
        var ownerIds = owners.ToHashSet();
        return new DashboardFilterOptions(
            [.. policies.Policies.Select(p => new DashboardChoice(p.Id, p.Name)).OrderBy(p => p.Label, StringComparer.Ordinal)],
            [.. areas.Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal)],
            [.. staff.Values.Select(s => s.Team).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal)],
            [.. staff.Values.Where(s => ownerIds.Contains(s.Id)).Select(s => new DashboardChoice(s.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), s.DisplayName)).OrderBy(s => s.Label, StringComparer.Ordinal)],
            [1, 2],
            TimelinessTargets.Code,
            targets);
    }
}

public sealed record DashboardChoice(string Value, string Label);
