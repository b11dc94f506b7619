using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;

namespace ComplaintsBot.Cases.Rules;

/// <summary>
/// What the policy's provision for unreasonable behaviour lets the landlord do, and who decides each measure: only what
/// its `may` list holds (WCH 7.1-7.2, 5.3.2; whg 2.27; TCH 10.1-10.2; cfp 10; HiS; Code 5.14), decided only by the role
/// it names, with the administrators as fallback deciders while nobody holds that role. Any manager may not.
/// </summary>
public static class UnreasonableBehaviourRules
{
    /// <summary>Whether the policy's provision allows <paramref name="measure"/>.</summary>
    public static bool PolicyAllows(Policy policy, UnreasonableBehaviourMeasure measure) =>
        policy.UnreasonableBehaviour?.May.Contains(measure) == true;

    /// <summary>The role the policy names to decide <paramref name="measure"/>; null where it does not allow it.</summary>
    public static string? DeciderRole(Policy policy, UnreasonableBehaviourMeasure measure) =>
        PolicyAllows(policy, measure) ? policy.UnreasonableBehaviour!.Decider : null;

    /// <summary>The clause of the provision that allows the measures ("TCH 10.1-10.2", "whg 2.27").</summary>
    public static string? Clause(Policy policy) => policy.RuleBook.Find("unreasonable-behaviour.may")?.Citation.Clause;

    /// <summary>Whether the case card offers this person the measure: the decider's role, or an administrator (fallback).</summary>
    public static bool MayOffer(Policy policy, UnreasonableBehaviourMeasure measure, StaffMember staff) =>
        DeciderRole(policy, measure) is { } role && (staff.HasRole(role) || staff.HasRole(StaffRoles.Admin));

    /// <summary>Who decides the measure now: the holders of the role the policy names, else the administrators as fallback deciders.</summary>
    public static Deciders Deciders(Policy policy, UnreasonableBehaviourMeasure measure, IReadOnlyCollection<StaffMember> staff)
    {
        var role = DeciderRole(policy, measure);
        List<StaffMember> named = role is null ? [] : [.. staff.Where(s => s.HasRole(role))];
        return Rules.Deciders.OrAdministrators(named, null, staff);
    }

    /// <summary>
    /// Whether the viewer holds the role the policy names for a measure taken from the case card of any of the landlord's
    /// cases (restricting contact, ending the complaints process): nobody routes those to them.
    /// </summary>
    public static bool DecidesFromAnyCase(Policy policy, StaffMember viewer) =>
        policy.UnreasonableBehaviour is { } provision && viewer.HasRole(provision.Decider)
        && (PolicyAllows(policy, UnreasonableBehaviourMeasure.RestrictContact) || PolicyAllows(policy, UnreasonableBehaviourMeasure.EndComplaint));
}
