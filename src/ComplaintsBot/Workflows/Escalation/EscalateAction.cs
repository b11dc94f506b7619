using ComplaintsBot.BotFramework.Schema;
using ComplaintsBot.CardActions;
using ComplaintsBot.Cards;
using ComplaintsBot.Cases;
using ComplaintsBot.Cases.Deadlines;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Rules;
using ComplaintsBot.Workflows.Responses;

namespace ComplaintsBot.Workflows.Escalation;

/// <summary>
/// escalate: the customer asks for the next stage. Refused outside the policy's escalation window. Without
/// inputs shows the form with only the people allowed to own the next stage (not the previous owner where
/// the policy says so, and more senior where it says so); with them opens the next stage.
/// </summary>
public sealed class EscalateAction(CaseActionServices services, CaseDeadlines deadlines) : CaseCardAction(services)
{
    public override string Verb => "escalate";

    protected override async Task<AdaptiveCardInvokeResponse> RunAsync(CaseActionContext context, CancellationToken cancellationToken)
    {
        Require(context.Permissions.Escalate, "Only the case owner or a manager can escalate this case, once its stage is answered.");
        var @case = context.Case;
        var policy = context.Policy;
        var answered = @case.Stage(context.RunningStageNumber)!;
        if (deadlines.Now(@case, policy).Find(DeadlineKind.EscalationWindow) is { } window && Now > window.Due)
            throw CardActionRefusedException.BadRequest("OutsideEscalationWindow",
                $"Under {policy.Name} the customer could ask for {policy.Stage(answered.Number + 1).Name} until {CardDates.Day(window.DueDate)}; that window has closed. " +
                "Explain this to the customer and give them the Ombudsman's details.");

        var previousOwner = await Services.Staff.FindAsync(answered.OwnerId ?? @case.OwnerId, cancellationToken);
        var next = answered.Number + 1;
        var request = context.Request;
        if (request.Input("stage2Owner") is not { } ownerText)
        {
            var owners = (await Services.Staff.AllAsync(cancellationToken))
                .Where(s => ApprovalRules.WhyNotStageOwner(policy, next, @case, s, previousOwner) is null)
                .Select(s => (s, RoleOf(policy, s)));
            return AdaptiveCardInvokeResponse.Card(EscalationView.Render(@case, policy, answered, owners));
        }

        var ownerId = FormValues.WholeNumber(ownerText, "The Stage 2 owner", min: 1);
        var owner = await Services.Staff.FindAsync(ownerId, cancellationToken)
            ?? throw CardActionRefusedException.BadRequest("BadRequest", "The Stage 2 owner chosen is not on the staff list.");
        if (ApprovalRules.WhyNotStageOwner(policy, next, @case, owner, previousOwner) is { } why)
            throw CardActionRefusedException.BadRequest("StageOwnerNotAllowed", why);
        var customerReason = FormValues.Required(request.Input("customerReason"), "Why the customer is not satisfied");
        var channel = FormValues.Channel(request.Input("channel"));

        var now = Now;
        var changed = await Services.Cases.ChangeAsync(@case.Id, request.Version, context.Clicker.AadObjectId, CaseAuditActions.Escalated, c =>
        {
            c.RecordContact(now, channel, context.Clicker.Id, $"Asked for {policy.Stage(next).Name}: {customerReason}");
            c.Escalate(now, policy.Stages.Count, owner.Id);
        }, cancellationToken);
        return await ChangedAsync(context, changed, $"Escalated to {policy.Stage(next).Name}; {owner.DisplayName} owns it now.", cancellationToken);
    }

    private static string RoleOf(Cases.Policies.Policy policy, StaffMember staff) =>
        policy.Roles.Where(r => staff.HasRole(r.Id)).OrderByDescending(r => r.Seniority).Select(r => r.Name).FirstOrDefault()
        ?? staff.Roles.FirstOrDefault() ?? "staff";
}
