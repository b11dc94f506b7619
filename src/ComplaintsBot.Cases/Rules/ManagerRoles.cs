using ComplaintsBot.Cases.Domain;

namespace ComplaintsBot.Cases.Rules;

/// <summary>
/// The two things "manager" means here, side by side so they cannot drift apart unnoticed. Team leaders run a team's
/// cases, so they act on any case (and may have its letter); the organisation's figures (dashboard, monthly report)
/// are for managers proper, complaints managers, senior managers and administrators.
/// </summary>
public static class ManagerRoles
{
    private static readonly string[] SeeOrganisationFigures =
        [StaffRoles.Manager, StaffRoles.ComplaintsManager, StaffRoles.SeniorManager, StaffRoles.Admin];

    private static readonly string[] ActOnAnyCase = [.. SeeOrganisationFigures, StaffRoles.TeamLeader];

    /// <summary>May act on any case, not only their own: every manager role and team leaders.</summary>
    public static bool ActsOnAnyCase(StaffMember staff) => ActOnAnyCase.Any(staff.HasRole);

    /// <summary>May see the whole organisation's figures: every manager role, not team leaders.</summary>
    public static bool SeesOrganisationFigures(StaffMember staff) => SeeOrganisationFigures.Any(staff.HasRole);
}
