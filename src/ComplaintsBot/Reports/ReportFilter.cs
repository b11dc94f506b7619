using ComplaintsBot.Cases.Domain;

namespace ComplaintsBot.Reports;

/// <summary>
/// Narrows a report to some cases: one policy, service area, owner's team, stage reached or owner. Every unset part
/// lets every case through; the same filter drives every figure, chart and table of the dashboard and its exports.
/// </summary>
/// <param name="Stage">Cases that reached this stage (a complaint escalated to stage 2 counts under 1 and 2).</param>
/// <param name="Team">The owner's team as the staff directory names it.</param>
public sealed record ReportFilter(string? PolicyId = null, string? ServiceArea = null, string? Team = null, int? Stage = null, int? OwnerId = null)
{
    public static readonly ReportFilter None = new();

    public bool IsEmpty => this == None;

    /// <summary>Whether the case passes; <paramref name="staffById"/> finds the owner for the team.</summary>
    public bool Matches(Case @case, Func<int, StaffMember?> staffById)
    {
        ArgumentNullException.ThrowIfNull(@case);
        ArgumentNullException.ThrowIfNull(staffById);
        if (PolicyId is not null && !string.Equals(@case.PolicyId, PolicyId, StringComparison.OrdinalIgnoreCase)) return false;
        if (ServiceArea is not null && !string.Equals(@case.ServiceArea, ServiceArea, StringComparison.OrdinalIgnoreCase)) return false;
        if (Stage is { } stage && @case.Stage(stage) is null) return false;
        if (OwnerId is { } owner && @case.OwnerId != owner) return false;
        if (Team is not null && !(@case.OwnerId is { } id && string.Equals(staffById(id)?.Team, Team, StringComparison.OrdinalIgnoreCase))) return false;
        return true;
    }
}
