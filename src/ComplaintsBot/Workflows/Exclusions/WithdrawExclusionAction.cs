using ComplaintsBot.BotFramework.Schema;
using ComplaintsBot.CardActions;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Rules;
using ComplaintsBot.Cases.Store;

namespace ComplaintsBot.Workflows.Exclusions;

/// <summary>
/// withdrawExclusion: the person who referred a discretionary exclusion (or the case's owner) takes the question back
/// before anyone decides it, because it does not apply after all: the complaint goes ahead, and every copy of the
/// decision card says the referral was withdrawn, so no one decides it later.
/// </summary>
public sealed class WithdrawExclusionAction(CaseActionServices services, ExclusionDecisionView view) : CaseCardAction(services)
{
    public override string Verb => "withdrawExclusion";

    protected override async Task<AdaptiveCardInvokeResponse> RunAsync(CaseActionContext context, CancellationToken cancellationToken)
    {
        Require(context.Permissions.WithdrawExclusion, "Only the person who referred the exclusion, or the case's owner, can withdraw it, and only while it waits.");
        var changed = await Services.Cases.ChangeAsync(context.Case.Id, context.Request.Version, context.Clicker.AadObjectId, CaseAuditActions.ExclusionWithdrawn,
            c => c.WithdrawExclusionReferral(context.Clicker.Id, Now), cancellationToken);
        var withdrawn = PendingExclusion.Of(changed, context.Policy)!;
        var loggedBy = await Services.Staff.FindAsync(withdrawn.Referral.DecidedById, cancellationToken);
        var card = view.Render(changed, context.Policy, withdrawn, loggedBy?.DisplayName ?? "a member of staff", context.Clicker.DisplayName);
        await Services.Messenger.UpdateEveryCopyAsync(context.Turn, changed.Id, SentCardMessage.ExclusionDecisionCard, null, card, cancellationToken);
        return await ChangedAsync(context, changed,
            $"Exclusion referral withdrawn: {changed.Reference} goes ahead as a complaint; its deadlines have been running since it was received.", cancellationToken);
    }
}
