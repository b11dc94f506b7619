using ComplaintsBot.CardActions;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Rules;
using ComplaintsBot.Cases.Store;

namespace ComplaintsBot.Workflows.Compensation;

/// <summary>
/// Sends waiting compensation's approval card to everyone who may agree it (the requester's line manager when their
/// limit covers it, else the role the policy names for the amount) and says where it went. When nobody the policy
/// names may agree it, the administrators get the card as fallback deciders, and that is said to the requester and
/// to them at once; when nobody who may agree it can be reached, the administrators are told.
/// </summary>
public sealed class CompensationRouting(CaseActionServices services, CompensationCards approvalCards)
{
    /// <summary>Routes the running stage's waiting compensation; the notice for the requester, starting with <paramref name="asked"/>.</summary>
    public async Task<string> RouteAsync(CaseActionContext context, Case changed, string asked, CancellationToken cancellationToken)
    {
        var policy = context.Policy;
        var (stage, approval) = CompensationCards.Latest(changed)!.Value;
        var requester = await services.Staff.FindAsync(approval.RequestedById, cancellationToken) ?? context.Clicker;
        var amount = CompensationDecisionView.Pounds(approval.Amount);
        var card = await approvalCards.RenderAsync(changed, stage, approval, cancellationToken);
        var deciders = await approvalCards.DecidersAsync(policy, requester, approval.Amount, cancellationToken);
        string? nobody = null;
        if (deciders.AdministratorsAsFallback)
        {
            var role = ApprovalRules.CompensationApprover(policy, approval.Amount);
            var decider = role is null ? "a manager" : $"{ApprovalRules.RoleName(policy, role)} ({role})";
            nobody = $"{policy.Name} has {decider} agree that amount and nobody holds that role";
            await AdminNotices.TellAsync(services, context.Turn,
                $"{requester.DisplayName} needs {amount} of compensation on {changed.Reference} agreed, but nobody may agree it: {nobody}. " +
                "As an administrator you may decide it from the card I am sending you, or type **admin** to give someone the role.",
                cancellationToken);
        }
        var sentTo = await services.Messenger.SendCardAsync(context.Turn.Adapter, deciders.People, card, changed.Id, SentCardMessage.CompensationDecisionCard, approval.Id, cancellationToken);
        if (nobody is not null)
            return sentTo.Count > 0
                ? $"{asked}, and nobody may agree it: {nobody}. I sent it to the administrators ({string.Join(", ", sentTo)}) to decide instead. The response is recorded once it is agreed."
                : $"{asked}, and nobody may agree it: {nobody}. No administrator could be reached either: ask one to give someone the role (they type admin). " +
                  "Send it again once someone may, or withdraw it and record the response again.";
        if (sentTo.Count > 0)
            return $"{asked}: sent to {string.Join(", ", sentTo)} to agree. The response is recorded once they do.";
        // Nobody who may agree it has a chat with the bot: said to the requester and to the administrators at once.
        var unreachable = string.Join(", ", deciders.People.Select(a => a.DisplayName));
        var lineManager = approval.ApproverId is { } id ? deciders.People.FirstOrDefault(p => p.Id == id) : null;
        var toldAdmins = await AdminNotices.TellAsync(services, context.Turn,
            $"{requester.DisplayName} needs {amount} of compensation on {changed.Reference} agreed, but nobody who may agree it ({unreachable}) " +
            "can be reached in Teams: ask them to open the bot.", cancellationToken);
        return $"{asked}; nobody who may agree it ({unreachable}) can be reached in Teams: tell {(lineManager is null ? "them" : lineManager.DisplayName)}. " +
               $"{AdminNotices.Told(toldAdmins)} The response is recorded once it is agreed.";
    }
}
