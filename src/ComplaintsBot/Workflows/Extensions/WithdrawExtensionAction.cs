using ComplaintsBot.BotFramework.Schema;
using ComplaintsBot.CardActions;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Store;

namespace ComplaintsBot.Workflows.Extensions;

/// <summary>
/// withdrawExtension: the requester (or whoever holds the case, or a manager) takes back an extension nobody has
/// decided. The deadline stays; every copy of the approval card says it was withdrawn, so no one decides it later.
/// </summary>
public sealed class WithdrawExtensionAction(CaseActionServices services, ExtensionCards approvalCards) : CaseCardAction(services)
{
    public override string Verb => "withdrawExtension";

    protected override async Task<AdaptiveCardInvokeResponse> RunAsync(CaseActionContext context, CancellationToken cancellationToken)
    {
        Require(context.Permissions.WithdrawExtension, "Only the person who asked for the extension, the case's owner or a manager can withdraw it, and only while it waits.");
        var changed = await Services.Cases.ChangeAsync(context.Case.Id, context.Request.Version, context.Clicker.AadObjectId, CaseAuditActions.ExtensionWithdrawn,
            c => c.WithdrawExtension(context.Clicker.Id, Now), cancellationToken);
        var (stage, extension) = ExtensionCards.Latest(changed)!.Value;
        var card = await approvalCards.RenderAsync(changed, stage, extension, cancellationToken);
        await Services.Messenger.UpdateEveryCopyAsync(context.Turn, changed.Id, SentCardMessage.ExtensionDecisionCard, extension.Id, card, cancellationToken);
        return await ChangedAsync(context, changed,
            $"Extension of {extension.WorkingDays} working days withdrawn; the deadline stays as it was. You can ask again, or record the response.", cancellationToken);
    }
}
