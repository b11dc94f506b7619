using ComplaintsBot.BotFramework.Schema;
using ComplaintsBot.CardActions;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Rules;

namespace ComplaintsBot.Workflows.Exclusions;

/// <summary>
/// resendExclusion: sends a waiting exclusion's decision card again to the deciders the policy names (someone who has
/// since opened the bot, a role given since; else the administrators). The case does not change; the sending is audited.
/// </summary>
public sealed class ResendExclusionAction(CaseActionServices services, ExclusionRouting routing) : CaseCardAction(services)
{
    public override string Verb => "resendExclusion";

    protected override async Task<AdaptiveCardInvokeResponse> RunAsync(CaseActionContext context, CancellationToken cancellationToken)
    {
        Require(context.Permissions.ResendExclusion, "Only the person who referred the exclusion, the case's owner or a manager can send it again, and only while it waits.");
        // Nothing on the case changes, but who sent it again, and when, belongs in its trail.
        var same = await Services.Cases.ChangeAsync(context.Case.Id, context.Request.Version, context.Clicker.AadObjectId, CaseAuditActions.ExclusionResent,
            _ => { }, cancellationToken);
        var pending = PendingExclusion.Of(same, context.Policy)!;
        var referredBy = await Services.Staff.FindAsync(pending.Referral.DecidedById, cancellationToken) ?? context.Clicker;
        var sent = await routing.SendAsync(context.Turn, same, context.Policy, referredBy, cancellationToken);
        return await ChangedAsync(context, same, $"Exclusion referral sent again.{sent}", cancellationToken);
    }
}
