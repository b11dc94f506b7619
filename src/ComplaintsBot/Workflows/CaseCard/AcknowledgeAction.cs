using ComplaintsBot.BotFramework.Schema;
using ComplaintsBot.CardActions;
using ComplaintsBot.Cases.Domain;

namespace ComplaintsBot.Workflows.CaseCard;

/// <summary>acknowledge: the running stage's acknowledgement was sent to the customer now.</summary>
public sealed class AcknowledgeAction(CaseActionServices services) : CaseCardAction(services)
{
    public override string Verb => "acknowledge";

    protected override async Task<AdaptiveCardInvokeResponse> RunAsync(CaseActionContext context, CancellationToken cancellationToken)
    {
        Require(context.Permissions.Acknowledge, "Only the case owner or a manager can acknowledge this case, and only before it is acknowledged.");
        var changed = await Services.Cases.ChangeAsync(context.Case.Id, context.Request.Version, context.Clicker.AadObjectId, CaseAuditActions.Acknowledged,
            c => c.Acknowledge(Now), cancellationToken);
        return await ChangedAsync(context, changed, $"Acknowledged by {context.Clicker.DisplayName}.", cancellationToken);
    }
}
