using ComplaintsBot.BotFramework.Schema;
using ComplaintsBot.CardActions;

namespace ComplaintsBot.Workflows.CaseCard;

/// <summary>acknowledge: the running stage's acknowledgement was sent to the customer now.</summary>
public sealed class AcknowledgeAction(CaseActionKit kit) : CaseCardAction(kit)
{
    public override string Verb => "acknowledge";

    protected override async Task<AdaptiveCardInvokeResponse> RunAsync(CaseActionContext context, CancellationToken cancellationToken)
    {
        Require(context.Permissions.Acknowledge, "Only the case owner or a manager can acknowledge this case, and only before it is acknowledged.");
        var changed = await Kit.Cases.ChangeAsync(context.Case.Id, context.Request.Version, context.Clicker.AadObjectId, "stage.acknowledged",
            c => c.Acknowledge(Kit.Now), cancellationToken);
        return await ChangedAsync(context, changed, $"Acknowledged by {context.Clicker.DisplayName}.", cancellationToken);
    }
}
