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
/// and a window that is only asked for (TCH 9.1) or reserved (WCH 5.3.2) lets the decider the policy names
/// accept the late request from the card. The customer's reasons are recorded if they give them, never required
/// (Code 6.12). Without inputs shows the form with only the people allowed to own the next stage.
/// </summary>
public sealed class EscalateAction(CaseActionServices services, DeadlineCalculator calculator) : CaseCardAction(services)
{
    public override string Verb => "escalate";

    protected override async Task<AdaptiveCardInvokeResponse> RunAsync(CaseActionContext context, CancellationToken cancellationToken)
    {
        var @case = context.Case;
        var policy = context.Policy;
        var deadlines = Services.Deadlines.Now(@case, policy);
        Require(CasePermissions.For(@case, policy, context.Clicker, deadlines).Escalate,
            "Only the case owner or a manager can escalate this case, once its stage is answered (or, where the policy allows, overdue).");
        var answered = @case.Stage(context.RunningStageNumber)!;
        var window = deadlines.Find(DeadlineKind.EscalationWindow);
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

        var (extendWindow, windowNote) = JudgeWindow(context, policy, window, askedOn, request.Input("acceptLate") == "true");

        var now = Now;
        var requestedAt = askedOn == today ? now : LondonTime.EndOfDay(askedOn);
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

    /// <summary>Whether a request made on <paramref name="askedOn"/> may go ahead, and what to record about the window.</summary>
    private (bool ExtendWindow, string? Note) JudgeWindow(CaseActionContext context, Policy policy, CaseDeadline? closes, DateOnly askedOn, bool acceptLate)
    {
        if (closes is not { } window || policy.EscalationWindow is not { } rules || askedOn <= window.DueDate) return (false, null);
        var stageName = policy.Stage(context.RunningStageNumber + 1).Name;
        // WCH 5.3.1: the customer may ask for a further period; a request inside it extends the window.
        if (rules.ExtensionOnRequest is { } more && !context.Case.EscalationWindowExtended
            && askedOn <= LondonTime.DateOf(calculator.Extend(window.Due, more)))
            return (true, $"Asked within the further {more} the policy allows after the window closed on {CardDates.Day(window.DueDate)}");
        if (rules.Binding == EscalationWindowBinding.Absolute)
            throw CardActionRefusedException.BadRequest("OutsideEscalationWindow",
                $"Under {policy.Name} the customer could ask for {stageName} until {CardDates.Day(window.DueDate)}; they asked on {CardDates.Day(askedOn)}, after that window closed. " +
                "Explain this to the customer and give them the Ombudsman's details.");
        var deciders = new[] { rules.Decider, rules.DeciderFallback }.OfType<string>().ToList();
        var names = string.Join(" or ", deciders.Select(d => policy.Role(d).Name));
        if (!acceptLate || !deciders.Any(context.Clicker.HasRole))
            throw CardActionRefusedException.BadRequest("OutsideEscalationWindow",
                $"Under {policy.Name} the customer was asked to ask for {stageName} by {CardDates.Day(window.DueDate)}; they asked on {CardDates.Day(askedOn)}. " +
                $"The policy does not bar a late request: the {names} may accept it from this card (tick \"Accept the late request\"). " +
                "If it is not accepted, explain why to the customer and give them the Ombudsman's details.");
        return (false, $"Asked after the window closed on {CardDates.Day(window.DueDate)}; accepted late by {context.Clicker.DisplayName} ({names}) as the policy allows");
    }

    private static string RoleOf(Policy policy, StaffMember staff) =>
        policy.Roles.Where(r => staff.HasRole(r.Id)).OrderByDescending(r => r.Seniority).Select(r => r.Name).FirstOrDefault()
        ?? staff.Roles.FirstOrDefault() ?? "staff";
}
