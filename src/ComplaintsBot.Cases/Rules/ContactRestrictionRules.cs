using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;

namespace ComplaintsBot.Cases.Rules;

/// <summary>
/// Who may restrict a customer's contact for unacceptable behaviour, and where the policy lets anyone: only where its
/// provision allows it (WCH 7.1-7.2, cfp 10, HiS "repeat or habitual complaints", Code 5.14), and only the role it names
/// (WCH and TCH the Customer Experience Manager, HiS the CFM, cfp a senior manager), with the administrators as fallback
/// deciders while nobody holds that role. Any manager may not: the decider is the policy's.
/// </summary>
public static class ContactRestrictionRules
{
    /// <summary>Whether the policy's provision for unacceptable behaviour lets the landlord restrict contact.</summary>
    public static bool PolicyAllows(Policy policy) => UnreasonableBehaviourRules.PolicyAllows(policy, UnreasonableBehaviourMeasure.RestrictContact);

    /// <summary>The role the policy names to decide; null where it allows no restriction.</summary>
    public static string? DeciderRole(Policy policy) => PolicyAllows(policy) ? policy.UnreasonableBehaviour!.Decider : null;

    /// <summary>The clause of the provision that allows it ("WCH 7.1-7.2, 5.3.2", "Code 5.14-5.15").</summary>
    public static string? Clause(Policy policy) => UnreasonableBehaviourRules.Clause(policy);

    /// <summary>Whether the case card offers this person the restriction: the decider's role, or an administrator (fallback).</summary>
    public static bool MayOffer(Policy policy, StaffMember staff) => UnreasonableBehaviourRules.MayOffer(policy, UnreasonableBehaviourMeasure.RestrictContact, staff);

    /// <summary>Who decides now: the holders of the role the policy names, else the administrators as fallback deciders.</summary>
    public static Deciders Deciders(Policy policy, IReadOnlyCollection<StaffMember> staff) =>
        UnreasonableBehaviourRules.Deciders(policy, UnreasonableBehaviourMeasure.RestrictContact, staff);
}
