using ComplaintsBot.BotFramework.Schema;
using ComplaintsBot.CardActions;
using ComplaintsBot.Cases.Domain;

namespace ComplaintsBot.Workflows.Responses;

/// <summary>
/// resendSignOff: sends a response waiting for sign-off again to everyone who may sign it off now (someone who has
/// since opened the bot, a role given since; else the administrators). The case does not change; the sending is audited.
/// </summary>
public sealed class ResendSignOffAction(CaseActionServices services, SignOffRouting routing) : CaseCardAction(services)
{
    public override string Verb => "resendSignOff";

    protected override async Task<AdaptiveCardInvokeResponse> RunAsync(CaseActionContext context, CancellationToken cancellationToken)
    {
        Require(context.Permissions.ResendSignOff, "Only the person who wrote the response, the case's owner or a manager can send it again, and only while it waits for sign-off.");
        // Nothing on the case changes, but who sent it again, and when, belongs in its trail.
        var same = await Services.Cases.ChangeAsync(context.Case.Id, context.Request.Version, context.Clicker.AadObjectId, CaseAuditActions.SignOffResent,
            _ => { }, cancellationToken);
        return await ChangedAsync(context, same, await routing.RouteAsync(context, same, "Response sent again for sign-off", cancellationToken), cancellationToken);
    }
}
