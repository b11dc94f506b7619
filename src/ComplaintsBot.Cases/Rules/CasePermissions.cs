using ComplaintsBot.Cases.Deadlines;
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
    bool Letter,
    bool WithdrawExtension = false,
    bool ResendExtension = false,
    bool WithdrawCompensation = false,
    bool ResendCompensation = false,
    bool WithdrawExclusion = false,
    bool ResendExclusion = false,
    bool WithdrawSignOff = false,
    bool ResendSignOff = false,
    bool RestrictContact = false,
    bool ReviewContactRestriction = false,
    bool RecordLearning = false,
    bool RecordOmbudsman = false,
    bool EvidencePack = false,
    bool EndComplaint = false)
{
    public static readonly CasePermissions None = new(false, false, false, false, false, false, false, false, false);

    /// <param name="deadlines">
    /// The case's deadlines now; needed only where the policy lets the customer escalate an overdue stage (WCH 5.3.3).
    /// Without them an unanswered stage is never offered for escalation.
    /// </param>
    public static CasePermissions For(Case @case, Policy policy, StaffMember? viewer, IReadOnlyList<CaseDeadline>? deadlines = null)
    {
        if (viewer is null) return None;
        var role = CaseViewerRoles.Of(@case, viewer);
        // Managers (team leaders included) act on any case; others on the cases they hold now. Whoever held an earlier
        // stage sees the case read-only: the stage is someone else's now.
        var mayAct = role is CaseViewerRole.Owner or CaseViewerRole.Manager;
        var open = @case.Status == CaseStatus.Open && @case.ClosedAt is null;
        var stage = @case.CurrentStage is { } number ? @case.Stage(number) : null;
        var responded = stage?.Response is not null;
        var isLastStage = stage is not null && stage.Number >= policy.Stages.Count;
        var complaint = @case.Kind == ContactKind.Complaint;
        // Feedback on the policy's quick-resolution track (TCH 7.2.2, WCH 4.7.1, cfp 5) is answered without an
        // acknowledgement; other feedback has no response to record, only closing (Code 5.2: no informal stage).
        var quickResolution = @case.Kind == ContactKind.Feedback && CaseTracks.For(policy, @case.CategoryId) == CaseTrack.QuickResolution;
        var pendingExtension = stage?.PendingExtension;
        var asked = pendingExtension is not null && (mayAct || pendingExtension.RequestedById == viewer.Id);
        // Every waiting decision has a way forward on the card of whoever asked for it: take it back, or send it again.
        var pendingCompensation = stage?.PendingCompensationApproval;
        var askedCompensation = pendingCompensation is not null && (mayAct || pendingCompensation.RequestedById == viewer.Id);
        var pendingSignOff = stage?.PendingSignOff;
        var askedSignOff = pendingSignOff is not null && (mayAct || pendingSignOff.RequestedById == viewer.Id);
        // A response written and held (for compensation or sign-off) is the stage's answer in waiting: nothing else is recorded meanwhile.
        var held = pendingCompensation is not null || pendingSignOff is not null;
        // Only who referred the exclusion, or the owner, takes the question back: a manager who is not the decider the
        // policy names does not decide it by withdrawing it.
        var referral = complaint ? @case.WaitingExclusionReferral() : null;
        var referred = referral is not null && (role == CaseViewerRole.Owner || referral.DecidedById == viewer.Id);
        // TCH 9.1, WCH 5.3.2: a late request for the next stage is the named decider's, whoever holds the case; while one
        // waits, nobody else escalates (the action checks the decider again, fallback included).
        var pendingLate = stage?.PendingLateEscalation;
        var lateDecider = open && complaint && responded && !isLastStage
            && policy.EscalationWindow is { Binding: not EscalationWindowBinding.Absolute } window
            && (pendingLate is not null
                ? viewer.HasRole(pendingLate.DeciderRole) && viewer.Id != pendingLate.RequestedById
                : deadlines?.FirstOrDefault(d => d.Kind == DeadlineKind.EscalationWindow) is { MetAt: null, Status: DeadlineStatus.Overdue }
                  && new[] { window.Decider, window.DeciderFallback }.OfType<string>().Any(viewer.HasRole));

        return new CasePermissions(
            Acknowledge: open && mayAct && complaint && stage is { AcknowledgedAt: null },
            RecordContact: open && mayAct,
            // A waiting extension does not stop the response: it lapses when the response is recorded.
            RecordResponse: open && mayAct && !responded && stage is not null && !held
                && (complaint ? stage.AcknowledgedAt is not null : quickResolution),
            RequestExtension: open && mayAct && stage is not null && !held && !responded && pendingExtension is null
                && complaint && (policy.Stage(stage.Number).Extension.Max is not null || policy.Stage(stage.Number).Extension.ByAgreement),
            Escalate: (open && mayAct && !isLastStage && complaint && pendingLate is null
                && (responded || (stage is not null && !held && OverdueUnanswered(stage, policy, deadlines) is not null))) || lateDecider,
            Reassign: open && ManagerRoles.ActsOnAnyCase(viewer),
            Close: open && mayAct && (responded || !complaint),
            History: true,
            // The response letter, once a stage is answered: staff on the case send it to the customer. A complaint ended
            // for unreasonable behaviour has its final letter (TCH 10.2, whg 2.26), for them and for whoever decided it.
            Letter: @case.Ending is { } ending
                ? mayAct || ending.DecidedById == viewer.Id || UnreasonableBehaviourRules.DecidesFromAnyCase(policy, viewer)
                : mayAct && @case.Stages.Any(s => s.Response is not null),
            WithdrawExtension: open && asked,
            ResendExtension: open && asked,
            WithdrawCompensation: open && askedCompensation,
            ResendCompensation: open && askedCompensation,
            WithdrawExclusion: open && referred,
            ResendExclusion: open && referral is not null && (referred || mayAct),
            WithdrawSignOff: open && askedSignOff,
            ResendSignOff: open && askedSignOff,
            // The role the policy names for unacceptable behaviour (Code 5.14-5.15): restricting a named customer's
            // contact, and reviewing the restriction in force, whatever state the case is in.
            RestrictContact: !@case.Customer.IsAnonymous && @case.ActiveContactRestriction is null && ContactRestrictionRules.MayOffer(policy, viewer),
            ReviewContactRestriction: @case.ActiveContactRestriction is not null && ContactRestrictionRules.MayOffer(policy, viewer),
            // After closing, learning is often agreed later (Code 9.1); an Ombudsman determination comes after the final response.
            RecordLearning: @case.Status == CaseStatus.Closed && mayAct && @case.HasStages,
            RecordOmbudsman: @case.Status == CaseStatus.Closed && complaint && ManagerRoles.ActsOnAnyCase(viewer),
            // The whole file, for the Housing Ombudsman: whoever holds the case and managers, as for its letters.
            EvidencePack: mayAct,
            // Ending the complaints process for unreasonable behaviour, where the policy allows it (TCH 10.2, whg 2.27):
            // the role it names, from any open complaint of the landlord.
            EndComplaint: open && complaint && UnreasonableBehaviourRules.MayOffer(policy, UnreasonableBehaviourMeasure.EndComplaint, viewer));
    }

    /// <summary>
    /// When the stage's unanswered response fell due, where the policy lets the customer escalate it once overdue
    /// (WCH 5.3.3) and it is overdue now; otherwise null.
    /// </summary>
    public static DateTimeOffset? OverdueUnanswered(CaseStage stage, Policy policy, IReadOnlyList<CaseDeadline>? deadlines)
    {
        if (stage.Response is not null || deadlines is null || !policy.Stage(stage.Number).EscalateWhenOverdue) return null;
        var kind = stage.Number == 1 ? DeadlineKind.Stage1Response : DeadlineKind.Stage2Response;
        foreach (var deadline in deadlines)
            if (deadline.Kind == kind && deadline is { MetAt: null, Status: DeadlineStatus.Overdue }) return deadline.Due;
        return null;
    }
}
