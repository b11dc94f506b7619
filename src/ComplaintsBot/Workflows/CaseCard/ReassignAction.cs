using System.Globalization;
using System.Text.Json.Nodes;
using ComplaintsBot.BotFramework.Schema;
using ComplaintsBot.CardActions;
using ComplaintsBot.Cards;
using ComplaintsBot.Cases;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Rules;

namespace ComplaintsBot.Workflows.CaseCard;

/// <summary>reassign (managers): without inputs shows who may own the running stage; with them gives the case to that person.</summary>
public sealed class ReassignAction(CaseActionServices services) : CaseCardAction(services)
{
    private static readonly AdaptiveCardTemplate Form = AdaptiveCardTemplate.Load("reassign");

    public override string Verb => "reassign";

    protected override async Task<AdaptiveCardInvokeResponse> RunAsync(CaseActionContext context, CancellationToken cancellationToken)
    {
        Require(context.Permissions.Reassign, "Only a manager can reassign a case.");
        var @case = context.Case;
        var candidates = (await Services.Staff.AllAsync(cancellationToken)).Where(s => MayOwn(context, s)).ToList();
        if (context.Request.Input("newOwner") is not { } ownerText)
        {
            var owner = await Services.Staff.FindAsync(@case.OwnerId, cancellationToken);
            return AdaptiveCardInvokeResponse.Card(Form.Expand(new JsonObject
            {
                ["caseId"] = CaseIds.Text(@case), ["version"] = @case.Version, ["reference"] = @case.Reference.ToString(),
                ["owner"] = owner?.DisplayName ?? "Unassigned",
                ["candidates"] = new JsonArray([.. candidates.Where(s => s.Id != @case.OwnerId).Select(s => (JsonNode)new JsonObject
                {
                    ["id"] = s.Id.ToString(CultureInfo.InvariantCulture), ["name"] = s.DisplayName,
                    ["role"] = context.Policy.Roles.Where(r => s.HasRole(r.Id)).Select(r => r.Name).FirstOrDefault() ?? s.Roles.FirstOrDefault() ?? "staff",
                })]),
            }));
        }
        var newOwnerId = FormValues.WholeNumber(ownerText, "The new owner", min: 1);
        var newOwner = candidates.FirstOrDefault(s => s.Id == newOwnerId)
            ?? throw CardActionRefusedException.BadRequest("StageOwnerNotAllowed", "That person may not own this stage under the policy.");
        var previousOwner = await Services.Staff.FindAsync(@case.OwnerId, cancellationToken);
        var changed = await Services.Cases.ChangeAsync(@case.Id, context.Request.Version, context.Clicker.AadObjectId, CaseAuditActions.Reassigned,
            c => c.AssignOwner(newOwner.Id), cancellationToken);
        var handedOver = await Services.CaseCards.HandOverAsync(context.Turn, changed, previousOwner, newOwner, context.Clicker, "reassigned", cancellationToken);
        return await ChangedAsync(context, changed, $"Reassigned to {newOwner.DisplayName}. {handedOver}".TrimEnd(), cancellationToken);
    }

    private static bool MayOwn(CaseActionContext context, StaffMember staff)
    {
        if (context.Case.CurrentStage is not { } stage) return true;
        var roles = context.Policy.Stage(stage).OwnerRoles;
        return roles.Count == 0 || roles.Any(staff.HasRole) || ManagerRoles.ActsOnAnyCase(staff);
    }
}
