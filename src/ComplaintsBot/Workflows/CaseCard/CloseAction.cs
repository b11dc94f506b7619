using ComplaintsBot.BotFramework.Schema;
using ComplaintsBot.CardActions;
using ComplaintsBot.Cases.Domain;

namespace ComplaintsBot.Workflows.CaseCard;

/// <summary>
/// close: the case is finished (a complaint once its running stage is answered). A complaint or feedback first shows
/// the form for what was learnt and any service improvement (Code 9.1, 9.2); the form sends close again with them.
/// </summary>
public sealed class CloseAction(CaseActionServices services) : CaseCardAction(services)
{
    public override string Verb => "close";

    protected override async Task<AdaptiveCardInvokeResponse> RunAsync(CaseActionContext context, CancellationToken cancellationToken)
    {
        Require(context.Permissions.Close, "Only the case owner or a manager can close this case, and a complaint only once its stage is answered.");
        var @case = context.Case;
        if (@case.HasStages && context.Request.Input("confirm") is null)
            return CaseLearningForm.Show(@case, Verb, "Close the case", "Close case");
        var learning = context.Request.Input("learning");
        var improvement = context.Request.Input("serviceImprovement");
        var changed = await Services.Cases.ChangeAsync(@case.Id, context.Request.Version, context.Clicker.AadObjectId, CaseAuditActions.Closed,
            c => c.Close(Now, learning, improvement), cancellationToken);
        return await ChangedAsync(context, changed, $"Closed by {context.Clicker.DisplayName}.", cancellationToken);
    }
}
