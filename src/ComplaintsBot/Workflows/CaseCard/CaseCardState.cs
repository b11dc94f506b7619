using ComplaintsBot.Cards;
using ComplaintsBot.Cases.Deadlines;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Cases.Rules;

namespace ComplaintsBot.Workflows.CaseCard;

/// <summary>
/// The one place that decides what the case card says to one viewer: the case's status, the next action (for them:
/// the holder is told what to do, a manager what they may decide, anyone else who holds it now) and the buttons
/// (<see cref="CasePermissions"/>, which every action checks again). Each waiting decision, each kind of contact
/// and each stage has its own status and next action, so no card shows a step that does not apply.
/// </summary>
public sealed record CaseCardState(CaseViewerRole Viewer, string Status, string NextAction, CasePermissions Can)
{
    /// <param name="deadlines">The case's deadlines now, from the deadline engine (working days, the injected clock).</param>
    /// <param name="ownerName">Who holds the case now, as people know them.</param>
    public static CaseCardState For(Case @case, Policy policy, IReadOnlyList<CaseDeadline> deadlines, StaffMember? viewer, string? ownerName)
    {
        ArgumentNullException.ThrowIfNull(@case);
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(deadlines);
        var role = CaseViewerRoles.Of(@case, viewer);
        var can = CasePermissions.For(@case, policy, viewer, deadlines);
        return new CaseCardState(role, StatusOf(@case, policy, deadlines), NextActionOf(@case, policy, deadlines, role, viewer, ownerName), can);
    }

    private static string StatusOf(Case @case, Policy policy, IReadOnlyList<CaseDeadline> deadlines)
    {
        if (@case.Status == CaseStatus.NotAccepted) return "Not accepted as a complaint";
        if (@case.Ending is { } ending) return EndedStatus(policy, ending);
        if (@case.Status == CaseStatus.Closed || @case.ClosedAt is not null) return "Closed";
        if (@case.Kind == ContactKind.Complaint && PendingExclusion.Of(@case, policy) is { Waiting: true })
            return "Waiting for a decision on whether to accept it as a complaint";
        var stage = @case.CurrentStage is { } n ? @case.Stage(n) : null;
        if (@case.Kind != ContactKind.Complaint)
        {
            if (stage?.Response is not null) return "Response sent";
            return QuickResolution(@case, policy) ? "Awaiting a quick response" : $"Logged ({KindName(@case.Kind)}: no acknowledgement or response is due)";
        }
        if (stage is null) return "Logged";
        var stageName = policy.Stage(stage.Number).Name;
        // TCH 9.1, WCH 5.3.2: a late request for the next stage waits for the decider the policy names.
        if (stage.PendingLateEscalation is { } late && stage.Number < policy.Stages.Count)
            return $"{stageName} response sent; the customer's late request for {NextStageName(policy, stage)} awaits the {ApprovalRules.RoleName(policy, late.DeciderRole)}'s decision";
        return stage switch
        {
            { Response: not null } when stage.Number < policy.Stages.Count => Find(deadlines, DeadlineKind.EscalationWindow) is { MetAt: null } window
                ? window.Status == DeadlineStatus.Overdue
                    ? $"{stageName} response sent; the customer's time to ask for {NextStageName(policy, stage)} ended {CardDates.Day(window.DueDate)}"
                    : $"{stageName} response sent; the customer may ask for {NextStageName(policy, stage)} until {CardDates.Day(window.DueDate)}"
                : $"{stageName} response sent",
            { Response: not null } => $"{stageName} response sent",
            { PendingCompensationApproval: not null } => "Response written, compensation awaiting approval",
            { PendingSignOff: { } signOff } => $"Response written, awaiting sign-off by the {ApprovalRules.RoleName(policy, signOff.SignOffRole)}",
            { PendingExtension: not null } => "Extension awaiting decision",
            { AcknowledgedAt: not null } => "Acknowledged, awaiting response",
            _ => "Awaiting acknowledgement",
        };
    }

    /// <summary>How a case ended for unreasonable behaviour is shown wherever its status is (card, channel feed, reports' drill-down).</summary>
    public static string EndedStatus(Policy policy, ComplaintEnding ending) =>
        $"Complaints process ended for unreasonable behaviour{(UnreasonableBehaviourRules.Clause(policy) is { } c ? $" ({c})" : "")} on {CardDates.Day(ending.EndedAt)}";

    private static string NextActionOf(Case @case, Policy policy, IReadOnlyList<CaseDeadline> deadlines, CaseViewerRole role, StaffMember? viewer, string? ownerName)
    {
        if (@case.Ending is not null) return "Nothing: the complaints process has ended. Send the customer the final letter (Letter) if it has not gone.";
        if (@case.Status is CaseStatus.Closed or CaseStatus.NotAccepted || @case.ClosedAt is not null) return "Nothing: the case is closed.";
        // The decider the policy names is told to decide, whoever else they are to the case (TCH 2, WCH 4.6.3).
        if (@case.Kind == ContactKind.Complaint && PendingExclusion.Of(@case, policy) is { Waiting: true } waiting
            && viewer is not null && ApprovalRules.MayDecideExclusion(policy, waiting.Referral.ExclusionId, viewer))
            return $"Decide whether to accept it as a complaint, from the exclusion decision card. {DeadlineText(NextDue(deadlines))}";
        // So is whoever holds the role that signs the response off (TCH 8.1, whg Appendix 1).
        if (@case.CurrentStage is { } running && @case.Stage(running)?.PendingSignOff is { } toSign
            && viewer is not null && viewer.HasRole(toSign.SignOffRole) && viewer.Id != toSign.RequestedById)
            return $"Sign off the response, or send it back, from the sign-off card. {DeadlineText(NextDue(deadlines))}";
        // So is whoever decides a late request for the next stage (TCH 9.1, WCH 5.3.2); everyone else waits for them.
        if (@case.CurrentStage is { } current && @case.Stage(current)?.PendingLateEscalation is { } late)
            return viewer is not null && viewer.HasRole(late.DeciderRole) && viewer.Id != late.RequestedById
                ? $"Accept or decline the customer's late request for {NextStageName(policy, @case.Stage(current)!)} from its card (or Escalate on this card)."
                : $"Waiting for the {ApprovalRules.RoleName(policy, late.DeciderRole)} to accept or decline the customer's late request for {NextStageName(policy, @case.Stage(current)!)}; " +
                  "if they decline it, tell the customer why and give them the Ombudsman's details.";
        var holder = ownerName ?? "nobody yet (a manager can reassign it)";
        // Whoever held an earlier stage, and anyone else, sees who has the case now instead of buttons that refuse them.
        if (role is CaseViewerRole.PreviousOwner or CaseViewerRole.Other)
            return $"Nothing for you: {holder} holds this case now.";
        var manager = role == CaseViewerRole.Manager;
        var stage = @case.CurrentStage is { } n ? @case.Stage(n) : null;

        if (@case.Kind == ContactKind.Complaint && PendingExclusion.Of(@case, policy) is { Waiting: true } exclusion)
        {
            // Exclusion decisions are the role's the policy names (ExclusionDecisionAction), not any manager's.
            var decider = Capitalise(ApprovalRules.ExclusionDeciderNames(policy, exclusion.Referral.ExclusionId));
            return $"{decider} decides whether to accept it as a complaint: if nobody does, send the referral again, or withdraw it if the exclusion does not apply after all. " +
                   $"Its deadlines run meanwhile: {DeadlineText(NextDue(deadlines))}";
        }

        if (@case.Kind != ContactKind.Complaint)
        {
            // Service requests, compliments and feedback have no stages to run: what is left is closing the case.
            if (stage?.Response is null && QuickResolution(@case, policy) && NextDue(deadlines) is { } quick)
                return $"{DeadlineText(quick)} Then close the case.";
            return "Close the case once it is dealt with.";
        }
        if (stage is null) return "Close the case once it is dealt with.";

        if (stage.Response is null && stage.PendingCompensationApproval is { } compensation)
            return manager
                ? $"Agree or decline £{compensation.Amount:0.00} compensation from the approval card; the response is recorded once it is agreed."
                : $"Waiting for £{compensation.Amount:0.00} compensation to be agreed; the response is recorded once it is. " +
                  $"If nobody decides, send it again, or withdraw it and record the response again. {DeadlineText(NextDue(deadlines))}";

        if (stage.Response is null && stage.PendingSignOff is { } signOff)
        {
            var signer = ApprovalRules.RoleName(policy, signOff.SignOffRole);
            // The writer and the owner are told how to move it on if nobody signs it off.
            return $"Waiting for the {signer} to sign off the response; it is recorded as sent once they do. " +
                  $"If nobody does, send it again, or withdraw it and record the response again. {DeadlineText(NextDue(deadlines))}";
        }

        if (stage.Response is null && stage.PendingExtension is { } extension)
        {
            var approver = ApprovalRules.RoleName(policy, policy.Stage(stage.Number).Extension.Approver);
            var days = $"{extension.WorkingDays} working day{(extension.WorkingDays == 1 ? "" : "s")}";
            return manager && extension.RequestedById != viewer?.Id
                ? $"Decide the extension of {days} from the approval card, or record the response (the request then lapses). {DeadlineText(NextDue(deadlines))}"
                : $"Waiting for {approver} to decide the extension of {days}: if nobody does, send it again or withdraw it. " +
                  $"You can record the response meanwhile; the request then lapses. {DeadlineText(NextDue(deadlines))}";
        }

        if (stage.Response is not null)
        {
            if (stage.Number >= policy.Stages.Count) return "Close the case when everything promised is done.";
            var next = NextStageName(policy, stage);
            if (Find(deadlines, DeadlineKind.EscalationWindow) is { MetAt: null } window)
                return window.Status == DeadlineStatus.Overdue
                    ? $"The customer's time to ask for {next} ended {CardDates.Day(window.DueDate)}: close the case when everything promised is done."
                    : $"The customer can ask for {next} until {CardDates.Day(window.DueDate)}; close the case after that. Escalate it if they ask.";
            // The Code sets no time limit for asking for stage 2.
            return $"Close the case when everything promised is done; escalate it if the customer asks for {next}.";
        }

        var text = DeadlineText(NextDue(deadlines));
        // WCH 5.3.3: an overdue, unanswered stage may go to the next stage if the customer asks.
        if (CasePermissions.OverdueUnanswered(stage, policy, deadlines) is not null)
        {
            var clause = policy.RuleBook.Find($"stages.stage{stage.Number}.escalate-when-overdue")?.Citation.Clause;
            text += $" The customer may ask for {NextStageName(policy, stage)} now that the response is overdue{(clause is null ? "" : $" ({clause})")}: escalate it if they ask.";
        }
        // TCH 8.1, whg App 1: the policy names who signs off the response before it goes.
        if (stage.AcknowledgedAt is not null && policy.Stage(stage.Number).SignOffRole is { } signOffRole)
        {
            var clause = policy.RuleBook.Find($"stages.stage{stage.Number}.sign-off-role")?.Citation.Clause;
            text += $" {Capitalise(ApprovalRules.RoleName(policy, signOffRole))} signs the response off before it is sent{(clause is null ? "" : $" ({clause})")}.";
        }
        return text;
    }

    /// <summary>The next deadline still to meet, leaving out the customer's own window to escalate.</summary>
    private static CaseDeadline? NextDue(IReadOnlyList<CaseDeadline> deadlines) =>
        deadlines.Where(d => d.MetAt is null && d.Kind != DeadlineKind.EscalationWindow).OrderBy(d => d.Due).Cast<CaseDeadline?>().FirstOrDefault();

    private static CaseDeadline? Find(IReadOnlyList<CaseDeadline> deadlines, DeadlineKind kind) =>
        deadlines.Where(d => d.Kind == kind).Cast<CaseDeadline?>().FirstOrDefault();

    private static string DeadlineText(CaseDeadline? next)
    {
        if (next is not { } deadline) return "Nothing is due.";
        var what = DeadlineNames.ForStaff(deadline.Kind);
        return deadline.Status switch
        {
            DeadlineStatus.Overdue => $"{what} is overdue: it was due on {CardDates.Due(deadline)}.",
            // A timescale in hours (cfp 5 Stage 1's 24 hours) ends at an hour: "today" alone would give the whole day.
            DeadlineStatus.DueToday when CardDates.EndsAtAnHour(deadline) => $"{what} is due today at {CardDates.Time(deadline.Due)}.",
            DeadlineStatus.DueToday => $"{what} is due today.",
            _ => $"{what} by {CardDates.Due(deadline)}.",
        };
    }

    private static bool QuickResolution(Case @case, Policy policy) =>
        @case.Kind == ContactKind.Feedback && CaseTracks.For(policy, @case.CategoryId) == CaseTrack.QuickResolution;

    private static string NextStageName(Policy policy, CaseStage stage) =>
        policy.Stages.FirstOrDefault(s => s.Number == stage.Number + 1)?.Name ?? $"Stage {stage.Number + 1}";

    private static string KindName(ContactKind kind) => kind switch
    {
        ContactKind.ServiceRequest => "a service request",
        ContactKind.Compliment => "a compliment",
        ContactKind.Feedback => "feedback",
        _ => "not a complaint",
    };

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
