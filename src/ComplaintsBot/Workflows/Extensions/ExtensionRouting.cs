using ComplaintsBot.CardActions;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Rules;
using ComplaintsBot.Cases.Store;

namespace ComplaintsBot.Workflows.Extensions;

/// <summary>
/// Sends a waiting extension's approval card to everyone who may decide it (the requester's line manager, or the
/// role the stage's extension rules name) and says where it went. When nobody the policy names may decide it, the
/// administrators get the card as fallback deciders, and that is said to the requester and to them at once, so the
/// request is never left waiting on nobody.
/// </summary>
public sealed class ExtensionRouting(CaseActionServices services, ExtensionCards approvalCards)
{
    /// <summary>Routes the running stage's waiting extension; the notice for the requester, starting with <paramref name="what"/>.</summary>
    public async Task<string> RouteAsync(CaseActionContext context, Case changed, string what, CancellationToken cancellationToken)
    {
        var (stage, extension) = ExtensionCards.Latest(changed)!.Value;
        var rules = context.Policy.Stage(stage.Number).Extension;
        var requester = await services.Staff.FindAsync(extension.RequestedById, cancellationToken) ?? context.Clicker;
        var card = await approvalCards.RenderAsync(changed, stage, extension, cancellationToken);
        var deciders = await approvalCards.DecidersAsync(context.Policy, stage.Number, requester, cancellationToken);
        var days = extension.WorkingDays;
        string? why = null;
        if (deciders.AdministratorsAsFallback)
        {
            // Nobody the policy names may decide: said to the administrators (with the card, as fallback deciders) and to
            // the requester at once.
            why = NobodyDecides(context, requester, rules.Approver);
            await AdminNotices.TellAsync(services, context.Turn,
                $"{requester.DisplayName} asked to extend {changed.Reference} by {days} working days, but nobody may decide it: {why}. " +
                $"As an administrator you may decide it from the card I am sending you, or type **admin** to give " +
                $"{(rules.Approver == ApprovalRules.LineManager ? $"{requester.DisplayName} a line manager" : $"someone the {rules.Approver} role")}.",
                cancellationToken);
        }
        var sentTo = await services.Messenger.SendCardAsync(context.Turn.Adapter, deciders.People, card, changed.Id, SentCardMessage.ExtensionDecisionCard, extension.Id, cancellationToken);
        if (why is not null)
            return sentTo.Count > 0
                ? $"{what}, but nobody may decide it: {why}. I sent it to the administrators ({string.Join(", ", sentTo)}) to decide instead, or to give someone the role. " +
                  "You can withdraw it, and record the response meanwhile."
                : $"{what}, but nobody may decide it: {why}. No administrator could be reached either: ask one to give someone the role (they type admin). " +
                  "Send it again once someone may, or withdraw it; you can record the response meanwhile.";
        if (sentTo.Count > 0) return $"{what}; sent to {string.Join(", ", sentTo)} to decide.";
        // Someone may decide but has no chat with the bot (never opened it, or removed it): the admins can see to it.
        var unreachable = string.Join(", ", deciders.People.Select(a => a.DisplayName));
        var toldAdmins = await AdminNotices.TellAsync(services, context.Turn,
            $"{requester.DisplayName} asked to extend {changed.Reference} by {days} working days, but nobody who may decide it ({unreachable}) can be reached in Teams: " +
            "ask them to open the bot, or give the role to someone who has.", cancellationToken);
        return $"{what}, but nobody who may decide it ({unreachable}) can be reached in Teams. {AdminNotices.Told(toldAdmins)} " +
               "Send it again once they have opened the bot, or withdraw it; you can record the response meanwhile.";
    }

    private static string NobodyDecides(CaseActionContext context, StaffMember requester, string approver)
    {
        var who = requester.Id == context.Clicker.Id ? "you have" : $"{requester.DisplayName} has";
        return approver == ApprovalRules.LineManager
            ? $"{context.Policy.Name} has the requester's line manager decide, and {who} none on the staff list"
            : $"{context.Policy.Name} has {ApprovalRules.RoleName(context.Policy, approver)} ({approver}) decide, nobody holds that role, and {who} no line manager on the staff list";
    }
}
