using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;

namespace ComplaintsBot.Cases.Rules;

/// <summary>
/// What one staff member may do to a case now, decided from the case's state and the person's roles in the
/// store (never from anything inside a card). Card buttons are shown from it, and every action checks it again.
/// </summary>
public sealed record CasePermissions(
    bool Acknowledge,
    bool RecordContact,
    bool RecordResponse,
    bool RequestExtension,
    bool Escalate,
    bool Reassign,
    bool Close,
    bool History,
    bool Letter)
{
    public static readonly CasePermissions None = new(false, false, false, false, false, false, false, false, false);

    public static CasePermissions For(Case @case, Policy policy, StaffMember? viewer)
    {
        if (viewer is null) return None;
        // Managers (team leaders included) act on any case; others on the cases they own.
        var actsOnAnyCase = ManagerRoles.ActsOnAnyCase(viewer);
        var mayAct = actsOnAnyCase || @case.OwnerId == viewer.Id || @case.Stage(@case.CurrentStage ?? 0)?.OwnerId == viewer.Id;
        var open = @case.Status is not (CaseStatus.Closed or CaseStatus.NotAccepted) && @case.ClosedAt is null;
        var stage = @case.CurrentStage is { } number ? @case.Stage(number) : null;
        var responded = stage?.Response is not null;
        var isLastStage = stage is not null && stage.Number >= policy.Stages.Count;

        return new CasePermissions(
            Acknowledge: open && mayAct && stage is { AcknowledgedAt: null },
            RecordContact: open && mayAct,
            RecordResponse: open && mayAct && stage is { AcknowledgedAt: not null, PendingCompensationApproval: null } && !responded,
            RequestExtension: open && mayAct && stage is { PendingCompensationApproval: null } && !responded && stage.PendingExtension is null
                && @case.Kind == ContactKind.Complaint && (policy.Stage(stage.Number).Extension.Max is not null || policy.Stage(stage.Number).Extension.ByAgreement),
            Escalate: open && mayAct && responded && !isLastStage && @case.Kind == ContactKind.Complaint,
            Reassign: open && actsOnAnyCase,
            Close: open && mayAct && (responded || !@case.HasStages),
            History: true,
            // The response letter, once a stage is answered: staff on the case send it to the customer.
            Letter: (mayAct || actsOnAnyCase) && @case.Stages.Any(s => s.Response is not null));
    }
}
