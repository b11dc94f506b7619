using ComplaintsBot.BotFramework.Schema;
using ComplaintsBot.CardActions;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Store;

namespace ComplaintsBot.Workflows.Responses;

/// <summary>
/// withdrawSignOff: the writer (or whoever holds the case, or a manager) takes back a response nobody has signed off.
/// Nothing is recorded; every copy of the sign-off card says so, and "Record response" offers the form again with
/// what was written.
/// </summary>
public sealed class WithdrawSignOffAction(CaseActionServices services, SignOffCards cards) : CaseCardAction(services)
{
    public override string Verb => "withdrawSignOff";

    protected override async Task<AdaptiveCardInvokeResponse> RunAsync(CaseActionContext context, CancellationToken cancellationToken)
    {
        Require(context.Permissions.WithdrawSignOff, "Only the person who wrote the response, the case's owner or a manager can withdraw it, and only while it waits for sign-off.");
        var changed = await Services.Cases.ChangeAsync(context.Case.Id, context.Request.Version, context.Clicker.AadObjectId, CaseAuditActions.SignOffWithdrawn,
            c => c.DecideSignOff(SignOffDecision.Withdrawn, context.Clicker.Id, Now, null), cancellationToken);
        var (stage, signOff) = SignOffCards.Latest(changed)!.Value;
        var card = await cards.RenderAsync(changed, stage, signOff, cancellationToken);
        await Services.Messenger.UpdateEveryCopyAsync(context.Turn, changed.Id, SentCardMessage.SignOffCard, signOff.Id, card, cancellationToken);
        return await ChangedAsync(context, changed,
            "Response withdrawn from sign-off; nothing was recorded and the deadline keeps running. Record the response again: what was written is filled in.", cancellationToken);
    }
}
