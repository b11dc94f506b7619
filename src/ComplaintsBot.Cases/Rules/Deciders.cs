using ComplaintsBot.Cases.Domain;

namespace ComplaintsBot.Cases.Rules;

/// <summary>
/// The people who decide a waiting request (an extension, compensation, an exclusion, a sign-off). When nobody the
/// policy names may decide it, the administrators are the fallback deciders: they get the approval card, so no
/// request waits on nobody, and they can give the role to someone. Never the person who asked.
/// </summary>
public sealed record Deciders(IReadOnlyList<StaffMember> People, bool AdministratorsAsFallback)
{
    public static Deciders OrAdministrators(IReadOnlyList<StaffMember> named, StaffMember? requester, IEnumerable<StaffMember> staff) =>
        named.Count > 0
            ? new Deciders(named, false)
            : new Deciders([.. staff.Where(s => s.HasRole(StaffRoles.Admin) && s.Id != requester?.Id)], true);

    /// <summary>Whether <paramref name="staff"/> is one of the deciders.</summary>
    public bool Include(StaffMember staff) => People.Any(p => p.Id == staff.Id);
}
