using ComplaintsBot.BotFramework.Schema;
using ComplaintsBot.CardActions;
using ComplaintsBot.Cases.Domain;

namespace ComplaintsBot.Workflows.CaseCard;

/// <summary>close: the case is finished (a complaint once its running stage is answered).</summary>
public sealed class CloseAction(CaseActionServices services) : CaseCardAction(services)
{
    public override string Verb => "close";

    protected override async Task<AdaptiveCardInvokeResponse> RunAsync(CaseActionContext context, CancellationToken cancellationToken)
    {
        Require(context.Permissions.Close, "Only the case owner or a manager can close this case, and a complaint only once its stage is answered.");
        var changed = await Services.Cases.ChangeAsync(context.Case.Id, context.Request.Version, context.Clicker.AadObjectId, CaseAuditActions.Closed,
            c => c.Close(Now), cancellationToken);
        return await ChangedAsync(context, changed, $"Closed by {context.Clicker.DisplayName}.", cancellationToken);
    }
}
