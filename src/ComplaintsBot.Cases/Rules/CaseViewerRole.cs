using ComplaintsBot.Cases.Domain;

namespace ComplaintsBot.Cases.Rules;

/// <summary>Who someone looking at a case is to it: what they may do, and what its card tells them, follow from this.</summary>
public enum CaseViewerRole
{
    /// <summary>Holds the case (or its running stage) now.</summary>
    Owner,
    /// <summary>Owned an earlier stage (or recorded the case) and no longer holds it: sees it read-only, with who holds it now.</summary>
    PreviousOwner,
    /// <summary>A manager or team leader, who acts on any case without holding it.</summary>
    Manager,
    /// <summary>Anyone else who may see the case: read-only.</summary>
    Other,
}

public static class CaseViewerRoles
{
    public static CaseViewerRole Of(Case @case, StaffMember? viewer)
    {
        ArgumentNullException.ThrowIfNull(@case);
        if (viewer is null) return CaseViewerRole.Other;
        var running = @case.CurrentStage is { } number ? @case.Stage(number) : null;
        if (@case.OwnerId == viewer.Id || running?.OwnerId == viewer.Id) return CaseViewerRole.Owner;
        if (ManagerRoles.ActsOnAnyCase(viewer)) return CaseViewerRole.Manager;
        if (@case.Stages.Any(s => s.OwnerId == viewer.Id) || @case.Contacts.Any(c => c.OpenedCase && c.RecordedById == viewer.Id))
            return CaseViewerRole.PreviousOwner;
        return CaseViewerRole.Other;
    }
}
