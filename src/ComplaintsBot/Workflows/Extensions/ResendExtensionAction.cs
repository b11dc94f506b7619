using ComplaintsBot.BotFramework.Schema;
using ComplaintsBot.CardActions;
using ComplaintsBot.Cases.Domain;

namespace ComplaintsBot.Workflows.Extensions;

/// <summary>
/// resendExtension: sends the waiting extension's approval card again to everyone who may decide it now (a manager
/// who has since opened the bot, a role given since). The case does not change; the sending is audited.
/// </summary>
public sealed class ResendExtensionAction(CaseActionServices services, ExtensionCards approvalCards) : ExtensionRoutingAction(services, approvalCards)
{
    public override string Verb => "resendExtension";

    protected override async Task<AdaptiveCardInvokeResponse> RunAsync(CaseActionContext context, CancellationToken cancellationToken)
    {
        Require(context.Permissions.ResendExtension, "Only the person who asked for the extension, the case's owner or a manager can send it again, and only while it waits.");
        // Nothing on the case changes, but who sent it again, and when, belongs in its trail.
        var same = await Services.Cases.ChangeAsync(context.Case.Id, context.Request.Version, context.Clicker.AadObjectId, CaseAuditActions.ExtensionResent,
            _ => { }, cancellationToken);
        var extension = ExtensionCards.Latest(same)!.Value.Extension;
        var notice = await RouteAsync(context, same, $"Extension of {extension.WorkingDays} working days sent again", cancellationToken);
        return await ChangedAsync(context, same, notice, cancellationToken);
    }
}
