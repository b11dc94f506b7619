using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;

namespace ComplaintsBot.Cases.Rules;

/// <summary>
/// Who may see a case at all (least privilege for the customer's personal data, UK GDPR Article 5(1)(f) and 25):
/// the people who recorded its contacts, its owner and stage owners, their line managers up the chain, the people a
/// decision on it was asked of (extension, compensation, sign-off, a pending exclusion), those who decided one, the
/// holders of the role the case's policy names to decide restrictions on a customer's contact (a decision taken on any
/// of that landlord's cases, from the case itself: see <see cref="LandlordWideDecider"/>), and the roles the
/// configuration names as seeing every case (the complaints team and managers). Everyone else is told there is no
/// such case, exactly as for a reference that does not exist.
/// </summary>
public static class CaseVisibility
{
    /// <summary>Whether <paramref name="viewer"/> may see <paramref name="case"/>.</summary>
    /// <param name="staffById">Finds staff by id (for line-manager chains and requesters); null for someone unknown.</param>
    /// <param name="everyone">All staff, for the compensation routing rule (who is asked to agree an amount).</param>
    /// <param name="seeAllRoles">Roles that see every case.</param>
    public static bool Sees(
        Case @case, Policy policy, StaffMember viewer,
        Func<int, StaffMember?> staffById, IReadOnlyCollection<StaffMember> everyone, IReadOnlyCollection<string> seeAllRoles)
    {
        ArgumentNullException.ThrowIfNull(@case);
        ArgumentNullException.ThrowIfNull(viewer);
        if (OnTheCase(@case, viewer) || seeAllRoles.Any(viewer.HasRole) || LandlordWideDecider(policy, viewer)) return true;

        // The line managers above the owner and every stage owner.
        foreach (var id in @case.Stages.Select(s => s.OwnerId).Append(@case.OwnerId).OfType<int>().Distinct())
        {
            if (ManagesUpTheChain(viewer.Id, id, staffById)) return true;
        }

        // Whoever a request went to for a decision, decided yet or not: they keep seeing the card they were sent.
        foreach (var stage in @case.Stages)
        {
            foreach (var extension in stage.Extensions)
            {
                if (staffById(extension.RequestedById) is { } asked && ApprovalRules.ExtensionDeciders(policy, stage.Number, asked, everyone).Include(viewer))
                    return true;
            }
            foreach (var late in stage.LateEscalations)
            {
                if (staffById(late.RequestedById) is { } recorder && ApprovalRules.LateEscalationDeciders(policy, recorder, everyone).Include(viewer))
                    return true;
            }
            foreach (var signOff in stage.SignOffs)
            {
                if (staffById(signOff.RequestedById) is { } writer && ApprovalRules.SignOffDeciders(signOff.SignOffRole, writer, everyone).Include(viewer))
                    return true;
            }
            foreach (var approval in stage.CompensationApprovals)
            {
                if (approval.ApproverId == viewer.Id) return true;
                if (approval.ApproverId is null && staffById(approval.RequestedById) is { } requester
                    && ApprovalRules.CompensationDeciders(policy, requester, approval.Amount, everyone).Include(viewer))
                    return true;
            }
        }
        // A discretionary exclusion goes to the deciders the policy names (ManagerAlerts); decided or not, they keep
        // seeing the card they were sent.
        return PendingExclusion.Of(@case, policy) is { } pending
            && ApprovalRules.ExclusionDeciderPeople(policy, pending.Referral.ExclusionId, staffById(pending.Referral.DecidedById), everyone).Include(viewer);
    }

    /// <summary>
    /// Whether the viewer holds the role <paramref name="policy"/> names to restrict a customer's contact for unacceptable
    /// behaviour (Code 5.14-5.15; HiS "repeat or habitual complaints": the CFM; WCH 7.1-7.2: the Customer Experience
    /// Manager, and TCH 10.1 too; cfp 10: a senior manager; the Code's file: the complaint lead), or to end the complaints
    /// process for it (TCH 10.2: the Customer Experience Manager; whg 2.27: the Director of Business Excellence). That decision is not a request routed to
    /// them: it may be needed on any case of the landlord, and they take it from the case card (restrictContact, endComplaint), so
    /// they see every case under that policy, and no other policy's. Deciders of routed requests (extension,
    /// compensation, sign-off, exclusion) see only the cases a request was put to them on.
    /// </summary>
    public static bool LandlordWideDecider(Policy policy, StaffMember viewer) => UnreasonableBehaviourRules.DecidesFromAnyCase(policy, viewer);

    /// <summary>Whether the viewer recorded, owns, or decided something on the case: what needs no lookup.</summary>
    public static bool OnTheCase(Case @case, StaffMember viewer) =>
        @case.OwnerId == viewer.Id
        || @case.Stages.Any(s => s.OwnerId == viewer.Id
            || s.Extensions.Any(e => e.RequestedById == viewer.Id || e.DecidedById == viewer.Id)
            || s.CompensationApprovals.Any(a => a.RequestedById == viewer.Id || a.DecidedById == viewer.Id)
            || s.SignOffs.Any(o => o.RequestedById == viewer.Id || o.DecidedById == viewer.Id)
            || s.LateEscalations.Any(r => r.RequestedById == viewer.Id || r.DecidedById == viewer.Id))
        || @case.Contacts.Any(c => c.RecordedById == viewer.Id)
        || @case.ExclusionDecisions.Any(d => d.DecidedById == viewer.Id);

    /// <summary>Whether <paramref name="managerId"/> is above <paramref name="staffId"/> in the line (a loop stops the walk).</summary>
    public static bool ManagesUpTheChain(int managerId, int staffId, Func<int, StaffMember?> staffById)
    {
        var seen = new HashSet<int> { staffId };
        for (var above = staffById(staffId)?.LineManagerId; above is { } id && seen.Add(id); above = staffById(id)?.LineManagerId)
        {
            if (id == managerId) return true;
        }
        return false;
    }
}
