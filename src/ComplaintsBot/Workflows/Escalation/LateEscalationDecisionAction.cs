using System.Text.Json.Nodes;
using ComplaintsBot.BotFramework.Schema;
using ComplaintsBot.CardActions;
using ComplaintsBot.Cards;
using ComplaintsBot.Cases;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Rules;
using ComplaintsBot.Cases.Store;

namespace ComplaintsBot.Workflows.Escalation;

/// <summary>
/// acceptLateEscalation / declineLateEscalation on the late-request card: only a holder of the role the policy names
/// to decide a late request for the next stage (TCH 9.1, WCH 5.3.2), or of its fallback when nobody holds that role,
/// else an administrator as fallback decider (from who clicked, never from the card); never any other manager, and never
/// whoever recorded it. Accepted: the case is escalated in the same change, dated when the customer asked, to the
/// owner staff chose, so the next stage's deadlines run from the request. Declined: a reason is required; the stage
/// stays as it was and whoever recorded it is told to explain to the customer and give them the Ombudsman's details.
/// </summary>
public sealed class LateEscalationDecisionAction(CaseActionServices services, LateEscalationCards cards, bool accept) : DecisionAction(services, accept)
{
    public const string AcceptVerb = "acceptLateEscalation";

    /// <summary>Declines the late request; a comment (the reason the customer is given) is required.</summary>
    public const string DeclineVerb = "declineLateEscalation";

    protected override (string Approve, string Decline) Verbs => (AcceptVerb, DeclineVerb);

    protected override (string Decided, string Shown) Nouns => ("late request", "late request");

    protected override bool AlreadyDecided(Case current) =>
        LateEscalationCards.Latest(current) is { Request.Decision: not LateEscalationDecision.Pending };

    protected override Task<JsonObject> CurrentCardAsync(Case @case, StaffMember viewer, CancellationToken cancellationToken) =>
        cards.CurrentAsync(@case, viewer, cancellationToken);

    protected override async Task<AdaptiveCardInvokeResponse> RunAsync(CaseActionContext context, CancellationToken cancellationToken)
    {
        if (LateEscalationCards.Latest(context.Case) is not { Request.Decision: LateEscalationDecision.Pending } pending)
            throw new CaseStateException($"{context.Case.Reference} has no late request for the next stage waiting for a decision.");
        var (stage, waiting) = pending;
        var policy = context.Policy;
        var recorder = await RequesterAsync(context, waiting.RequestedById,
            ("The person who recorded this request is no longer on the staff list.", "You recorded this request, so the decider the policy names decides it."), cancellationToken);
        var deciders = await cards.DecidersAsync(policy, recorder, cancellationToken);
        var clause = ApprovalRules.LateEscalationClause(policy);
        Require(deciders.Include(context.Clicker),
            $"Under {policy.Name} only the {await cards.DeciderNameAsync(policy, cancellationToken)} decides whether to accept a late request for {policy.Stage(stage.Number + 1).Name}" +
            (clause is null ? "." : $" ({clause})."));
        var comment = Comment(context, $"Say why in the comment: {recorder.DisplayName} tells the customer.");

        var next = policy.Stage(stage.Number + 1).Name;
        StaffMember? owner = null;
        StaffMember? previousOwner = null;
        if (Approve)
        {
            // The owner chosen when it was recorded must still be allowed to own the next stage.
            previousOwner = await Services.Staff.FindAsync(stage.OwnerId ?? context.Case.OwnerId, cancellationToken);
            owner = await Services.Staff.FindAsync(waiting.NextOwnerId, cancellationToken)
                ?? throw new CaseStateException($"The {next} owner chosen is no longer on the staff list: decline it, or ask {recorder.DisplayName} to record it again with another owner.");
            if (ApprovalRules.WhyNotStageOwner(policy, stage.Number + 1, context.Case, owner, previousOwner) is { } why)
                throw CardActionRefusedException.BadRequest("StageOwnerNotAllowed", why);
        }

        var now = Now;
        var askedOn = CardDates.Day(waiting.AskedAt);
        var changed = await Services.Cases.ChangeAsync(context.Case.Id, context.Request.Version, context.Clicker.AadObjectId, c =>
        {
            var decided = c.DecideLateEscalation(Approve, context.Clicker.Id, now, comment);
            if (!Approve)
            {
                c.RecordContact(now, decided.Channel, context.Clicker.Id,
                    $"Late request for {next} (asked on {askedOn}) declined by {context.Clicker.DisplayName}: {decided.Comment}");
                return [CaseAuditActions.LateEscalationDeclined];
            }
            c.RecordContact(now, decided.Channel, context.Clicker.Id,
                $"Late request for {next} (asked on {askedOn}) accepted late by {context.Clicker.DisplayName} as the policy allows; escalated, dated when the customer asked.");
            // Dated when the customer asked, so the next stage's deadlines run from the request.
            c.Escalate(decided.AskedAt, policy.Stages.Count, decided.NextOwnerId);
            return [CaseAuditActions.LateEscalationAccepted, CaseAuditActions.Escalated];
        }, cancellationToken);

        var request = changed.Stage(stage.Number)!.LateEscalations.Single(r => r.Id == waiting.Id);
        var card = await cards.RenderAsync(changed, changed.Stage(stage.Number)!, request, cancellationToken);
        return await DecidedAsync(context, changed, SentCardMessage.LateEscalationCard, request.Id, card, async () =>
        {
            if (Approve)
            {
                var handedOver = await Services.CaseCards.HandOverAsync(context.Turn, changed, previousOwner, owner!, context.Clicker,
                    $"escalated to {next} (asked by the customer on {askedOn}; accepted late by {context.Clicker.DisplayName})", cancellationToken);
                if (recorder.Id != owner!.Id)
                    await TellAsync(context, recorder, $"{context.Clicker.DisplayName} accepted the late request for {next} on {changed.Reference}: " +
                                                      $"it is escalated, dated {askedOn} when the customer asked, and {owner.DisplayName} owns it. {handedOver}".TrimEnd(), null, cancellationToken);
                return;
            }
            await TellAsync(context, recorder,
                $"{context.Clicker.DisplayName} declined the late request for {next} on {changed.Reference}: the case stays at {policy.Stage(stage.Number).Name}. " +
                $"Their reason: {request.Comment} Explain it to the customer and give them the Ombudsman's details: {string.Join(" ", policy.Signposting.OmbudsmanDetails())}", null, cancellationToken);
        }, cancellationToken);
    }
}
