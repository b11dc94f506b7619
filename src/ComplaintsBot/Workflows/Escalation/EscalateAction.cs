using ComplaintsBot.BotFramework.Schema;
using ComplaintsBot.CardActions;
using ComplaintsBot.Cards;
using ComplaintsBot.Cases.Deadlines;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Cases.Rules;
using ComplaintsBot.Cases.Time;

namespace ComplaintsBot.Workflows.Escalation;

/// <summary>
/// escalate: the customer asks for the next stage. The request is dated when the customer asked (today unless
/// staff enter an earlier day, with the reason it is recorded late), so the next stage's deadlines run from it
/// and a request made in time is never refused for being logged late. The escalation window is the policy's:
/// a further period on request where it gives one (WCH 5.3.1); past it, an absolute window (whg 2.18) refuses,
/// and a window that is only asked for (TCH 9.1) or reserved (WCH 5.3.2) is a warning for the decider the policy
/// names: the decider accepts the late request from this form (ticking "Accept the late request"), or, when someone
/// else records it, it waits for them with everything entered and goes to them on a card (LateEscalationRouting).
/// The customer's reasons are recorded if they give them, never required (Code 6.12). Without inputs shows the form
/// with only the people allowed to own the next stage.
/// </summary>
public sealed class EscalateAction(CaseActionServices services, DeadlineCalculator calculator, LateEscalationCards lateCards, LateEscalationRouting lateRouting)
    : CaseCardAction(services)
{
    public override string Verb => "escalate";

    protected override async Task<AdaptiveCardInvokeResponse> RunAsync(CaseActionContext context, CancellationToken cancellationToken)
    {
        var @case = context.Case;
        var policy = context.Policy;
        var deadlines = Services.Deadlines.Now(@case, policy);
        var answered = @case.Stage(context.RunningStageNumber)!;
        var window = deadlines.Find(DeadlineKind.EscalationWindow);
        var everyone = await Services.Staff.AllAsync(cancellationToken);
        var mayEscalate = CasePermissions.For(@case, policy, context.Clicker, deadlines).Escalate;
        // TCH 9.1, WCH 5.3.2: the decider the policy names may accept a late request whether or not they hold the case.
        var lateDecider = LateDecider(@case, policy, answered, window, context.Clicker, everyone);
        if (answered.PendingLateEscalation is { } waiting)
        {
            // One late request at a time: its decider decides it from its card; anyone else waits for them.
            if (await Services.Staff.FindAsync(waiting.RequestedById, cancellationToken) is { } recorder
                && ApprovalRules.LateEscalationDeciders(policy, recorder, everyone).Include(context.Clicker))
                return AdaptiveCardInvokeResponse.Card(await lateCards.RenderAsync(@case, answered, waiting, cancellationToken));
            throw CardActionRefusedException.BadRequest("LateEscalationWaiting",
                $"A late request for {policy.Stage(answered.Number + 1).Name}, asked on {CardDates.Day(waiting.AskedAt)}, waits for the " +
                $"{ApprovalRules.RoleName(policy, waiting.DeciderRole)} to accept or decline it.");
        }
        Require(mayEscalate || lateDecider,
            "Only the case owner or a manager can escalate this case, once its stage is answered (or, where the policy allows, overdue).");
        // WCH 5.3.3: where the policy allows it, an overdue stage may be escalated unanswered.
        var unansweredDue = CasePermissions.OverdueUnanswered(answered, policy, deadlines);

        var previousOwner = await Services.Staff.FindAsync(answered.OwnerId ?? @case.OwnerId, cancellationToken);
        var next = answered.Number + 1;
        var request = context.Request;
        var today = LondonTime.DateOf(Now);
        if (request.Input("stage2Owner") is not { } ownerText)
        {
            var owners = (await Services.Staff.AllAsync(cancellationToken))
                .Where(s => ApprovalRules.WhyNotStageOwner(policy, next, @case, s, previousOwner) is null)
                .Select(s => (s, RoleOf(policy, s)));
            return AdaptiveCardInvokeResponse.Card(EscalationView.Render(@case, policy, answered, owners, today, window?.DueDate));
        }

        var ownerId = FormValues.WholeNumber(ownerText, "The Stage 2 owner", min: 1);
        var owner = await Services.Staff.FindAsync(ownerId, cancellationToken)
            ?? throw CardActionRefusedException.BadRequest("BadRequest", "The Stage 2 owner chosen is not on the staff list.");
        if (ApprovalRules.WhyNotStageOwner(policy, next, @case, owner, previousOwner) is { } why)
            throw CardActionRefusedException.BadRequest("StageOwnerNotAllowed", why);
        var customerReason = request.Input("customerReason") is { Length: > 0 } given ? given.Trim() : null;
        var channel = FormValues.Channel(request.Input("channel"));

        // The earliest day the customer can have asked: the response they are unhappy with, or the day after the
        // unanswered response fell due.
        var earliest = answered.Response is { } response ? LondonTime.DateOf(response.RespondedAt) : LondonTime.DateOf(unansweredDue!.Value).AddDays(1);
        var askedOn = RequestDate(request.Input("requestedOn"), today, earliest);
        string? lateReason = null;
        if (askedOn != today)
            lateReason = FormValues.Required(request.Input("backdateReason"), "Why the request is recorded after the day the customer asked");

        var (extendWindow, windowNote, toDecider) = JudgeWindow(context, policy, window, askedOn, request.Input("acceptLate") == "true", lateDecider);
        // A decider who holds neither the case nor a manager's role acts only on a late request.
        Require(CaseViewerRoles.Of(@case, context.Clicker) is CaseViewerRole.Owner or CaseViewerRole.Manager || windowNote is not null && !toDecider,
            "Only the case owner or a manager can escalate this case; the decider the policy names accepts only a request made after the window closed.");

        var now = Now;
        var requestedAt = askedOn == today ? now : LondonTime.EndOfDay(askedOn);
        if (toDecider)
            return await SendToDeciderAsync(context, answered, window!.Value, owner, channel, customerReason, lateReason, askedOn, requestedAt, everyone, cancellationToken);
        var note = $"Asked for {policy.Stage(next).Name} on {CardDates.Day(askedOn)}"
                   + (lateReason is null ? "" : $" (recorded on {CardDates.Day(today)}: {lateReason})")
                   + (windowNote is null ? "" : $". {windowNote}")
                   + (customerReason is null ? "." : $": {customerReason}");
        var changed = await Services.Cases.ChangeAsync(@case.Id, request.Version, context.Clicker.AadObjectId, CaseAuditActions.Escalated, c =>
        {
            c.RecordContact(now, channel, context.Clicker.Id, note);
            if (extendWindow) c.ExtendEscalationWindow();
            c.Escalate(requestedAt, policy.Stages.Count, owner.Id, unansweredDue);
        }, cancellationToken);
        var handedOver = await Services.CaseCards.HandOverAsync(context.Turn, changed, previousOwner, owner, context.Clicker,
            $"escalated to {policy.Stage(next).Name} (asked by the customer on {CardDates.Day(askedOn)})", cancellationToken);
        return await ChangedAsync(context, changed, $"Escalated to {policy.Stage(next).Name}; {owner.DisplayName} owns it now. {handedOver}".TrimEnd(), cancellationToken);
    }

    // The day the customer asked: a form date (yyyy-MM-dd), today if none; never in the future or before the response.
    private static DateOnly RequestDate(string? text, DateOnly today, DateOnly earliest)
    {
        if (string.IsNullOrWhiteSpace(text)) return today;
        if (!DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date))
            throw CardActionRefusedException.BadRequest("BadRequest", "The day the customer asked is not a date.");
        if (date > today)
            throw CardActionRefusedException.BadRequest("BadRequest", $"The day the customer asked cannot be after today ({CardDates.Day(today)}).");
        if (date < earliest)
            throw CardActionRefusedException.BadRequest("BadRequest", $"The day the customer asked cannot be before the response they are unhappy with, or the first day it was overdue ({CardDates.Day(earliest)}).");
        return date;
    }

    /// <summary>
    /// Whether a request made on <paramref name="askedOn"/> may go ahead now, what to record about the window, and
    /// whether it waits instead for the decider the policy names (a late request recorded by someone else).
    /// </summary>
    private (bool ExtendWindow, string? Note, bool ToDecider) JudgeWindow(CaseActionContext context, Policy policy, CaseDeadline? closes, DateOnly askedOn, bool acceptLate, bool decider)
    {
        if (closes is not { } window || policy.EscalationWindow is not { } rules || askedOn <= window.DueDate) return (false, null, false);
        var stageName = policy.Stage(context.RunningStageNumber + 1).Name;
        // WCH 5.3.1: the customer may ask for a further period; a request inside it extends the window.
        if (rules.ExtensionOnRequest is { } more && !context.Case.EscalationWindowExtended
            && askedOn <= LondonTime.DateOf(calculator.Extend(window.Due, more)))
            return (true, $"Asked within the further {more} the policy allows after the window closed on {CardDates.Day(window.DueDate)}", false);
        // whg 2.18: an absolute window refuses a late request.
        if (rules.Binding == EscalationWindowBinding.Absolute)
            throw CardActionRefusedException.BadRequest("OutsideEscalationWindow",
                $"Under {policy.Name} the customer could ask for {stageName} until {CardDates.Day(window.DueDate)}; they asked on {CardDates.Day(askedOn)}, after that window closed. " +
                "Explain this to the customer and give them the Ombudsman's details.");
        // TCH 9.1 (asked), WCH 5.3.2 (reserved): only a warning; the decider the policy names accepts or declines.
        if (!decider) return (false, null, true);
        var role = ApprovalRules.RoleName(policy, RoleOfDecider(policy, context.Clicker));
        if (!acceptLate)
            throw CardActionRefusedException.BadRequest("OutsideEscalationWindow",
                $"Under {policy.Name} the customer was asked to ask for {stageName} by {CardDates.Day(window.DueDate)}; they asked on {CardDates.Day(askedOn)}. " +
                $"The policy does not bar a late request, and as the {role} you decide it: tick \"Accept the late request\" to accept it. " +
                "If it is not accepted, explain why to the customer and give them the Ombudsman's details.");
        return (false, $"Asked after the window closed on {CardDates.Day(window.DueDate)}; accepted late by {context.Clicker.DisplayName} ({role}) as the policy allows", false);
    }

    /// <summary>
    /// Whether the clicker decides a late request on this case: the window is one the policy only asks for or reserves,
    /// it has closed, and they are among the people the policy names to decide (its decider, its fallback when nobody
    /// holds that role, else the administrators).
    /// </summary>
    private static bool LateDecider(Case @case, Policy policy, CaseStage stage, CaseDeadline? window, StaffMember clicker, IReadOnlyCollection<StaffMember> everyone) =>
        @case.Kind == ContactKind.Complaint && @case.Status == CaseStatus.Open && stage.Response is not null && stage.Number < policy.Stages.Count
        && policy.EscalationWindow is { Binding: not EscalationWindowBinding.Absolute }
        && window is { MetAt: null, Status: DeadlineStatus.Overdue }
        && ApprovalRules.LateEscalationDeciders(policy, null, everyone).Include(clicker);

    // The decider role the clicker holds, for what the record says they decided as (an administrator as fallback decider otherwise).
    private static string RoleOfDecider(Policy policy, StaffMember clicker) =>
        new[] { policy.EscalationWindow?.Decider, policy.EscalationWindow?.DeciderFallback }.OfType<string>().FirstOrDefault(clicker.HasRole) ?? StaffRoles.Admin;

    /// <summary>
    /// TCH 9.1, WCH 5.3.2: a late request recorded by someone who is not the decider waits for them, with everything
    /// entered, and goes to them on a card. The stage stays as it is until they decide.
    /// </summary>
    private async Task<AdaptiveCardInvokeResponse> SendToDeciderAsync(CaseActionContext context, CaseStage answered, CaseDeadline window, StaffMember owner,
        ContactChannel channel, string? customerReason, string? lateReason, DateOnly askedOn, DateTimeOffset askedAt, IReadOnlyCollection<StaffMember> everyone, CancellationToken cancellationToken)
    {
        var policy = context.Policy;
        var role = ApprovalRules.LateEscalationRole(policy, everyone) ?? StaffRoles.Admin;
        var next = policy.Stage(answered.Number + 1).Name;
        var decider = ApprovalRules.RoleName(policy, role);
        var now = Now;
        var changed = await Services.Cases.ChangeAsync(context.Case.Id, context.Request.Version, context.Clicker.AadObjectId, CaseAuditActions.LateEscalationRequested, c =>
        {
            c.RecordContact(now, channel, context.Clicker.Id,
                $"Asked for {next} on {CardDates.Day(askedOn)}" + (lateReason is null ? "" : $" (recorded on {CardDates.Day(LondonTime.DateOf(now))}: {lateReason})") +
                $", after the window closed on {CardDates.Day(window.DueDate)}; waiting for the {decider} to accept or decline it" +
                (customerReason is null ? "." : $": {customerReason}"));
            c.RequestLateEscalation(context.Clicker.Id, now, askedAt, owner.Id, channel, customerReason, lateReason, role);
        }, cancellationToken);
        var clause = ApprovalRules.LateEscalationClause(policy);
        var notice = await lateRouting.RouteAsync(context, changed,
            $"The customer asked for {next} on {CardDates.Day(askedOn)}, after the window closed on {CardDates.Day(window.DueDate)}. " +
            $"Under {policy.Name}{(clause is null ? "" : $" ({clause})")} the {decider} decides whether to accept it: recorded for them", cancellationToken);
        return await ChangedAsync(context, changed, notice, cancellationToken);
    }

    private static string RoleOf(Policy policy, StaffMember staff) =>
        policy.Roles.Where(r => staff.HasRole(r.Id)).OrderByDescending(r => r.Seniority).Select(r => r.Name).FirstOrDefault()
        ?? staff.Roles.FirstOrDefault() ?? "staff";
}
