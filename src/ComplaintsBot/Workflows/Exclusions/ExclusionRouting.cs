using ComplaintsBot.Bot.Proactive;
using ComplaintsBot.BotFramework.Builder;
using ComplaintsBot.BotFramework.Schema;
using ComplaintsBot.CardActions;
using ComplaintsBot.Cases;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Cases.Rules;
using ComplaintsBot.Cases.Store;

namespace ComplaintsBot.Workflows.Exclusions;

/// <summary>
/// Where a waiting discretionary exclusion's decision card goes: when the contact is logged, and again from the case
/// card ("Send exclusion referral again"). Each call returns the line that tells the person who referred it.
/// </summary>
public sealed class ExclusionRouting(CardMessenger messenger, StaffDirectory staff, ExclusionDecisionView view)
{
    /// <summary>
    /// Sends a waiting exclusion's decision card to everyone holding the role the policy names to decide it (TCH 2: the
    /// Customer Experience Manager; WCH 4.6.3: the Team Manager; HiS "Initial contact": the Customer Focus Manager), or,
    /// when none of them can be reached, to the holders of the fallback the policy file states ("in the absence of").
    /// Never to any manager: when nobody holds either role the administrators get the card as fallback deciders, and
    /// the officer and they are told so at once. With <paramref name="once"/> (a case just saved), whoever already has
    /// the card or the notice for this case, from a save cut off by a crash and run again, is not sent a second.
    /// </summary>
    public async Task<string> SendAsync(ITurnContext turn, Case saved, Policy policy, StaffMember officer, CancellationToken cancellationToken, bool once = false)
    {
        if (PendingExclusion.Of(saved, policy) is not { Waiting: true } pending) return "";
        var card = view.Render(saved, policy, pending, officer.DisplayName, deciderName: null);
        var exclusionId = pending.Referral.ExclusionId;
        var roles = ApprovalRules.ExclusionDeciders(policy, exclusionId);
        var everyone = await staff.AllAsync(cancellationToken);
        if (roles.Count == 0)
        {
            // The policy no longer names this exclusion (a file changed since): any manager may decide it (MayDecideExclusion).
            var managers = everyone.Where(s => ManagerRoles.ActsOnAnyCase(s) && s.Id != officer.Id).ToList();
            var sent = await SendCardsAsync(turn, saved, managers, card, once, cancellationToken);
            return sent.Count > 0 ? $" I sent it to {string.Join(" and ", sent)} to decide." : " No manager could be reached: ask a manager to decide it.";
        }

        var clause = ApprovalRules.ExclusionDeciderClause(policy, exclusionId);
        var says = $"{policy.Name} has the {ApprovalRules.ExclusionDeciderNames(policy, exclusionId)} decide{(clause is null ? "" : $" ({clause})")}";
        var holders = new List<StaffMember>();
        foreach (var role in roles)
        {
            var ofRole = everyone.Where(s => s.HasRole(role)).ToList();
            holders.AddRange(ofRole);
            var reached = await SendCardsAsync(turn, saved, ofRole, card, once, cancellationToken, officer);
            if (reached.Count == 0) continue;
            var fallback = role != roles[0]
                ? $" Nobody holding the {ApprovalRules.RoleName(policy, roles[0])} role could be reached, so I sent it to the {ApprovalRules.RoleName(policy, role)}:"
                : " I sent it to";
            return $"{fallback} {string.Join(" and ", reached)} to decide: {says}.";
        }

        var names = ApprovalRules.ExclusionDeciderNames(policy, exclusionId);
        if (holders.Count == 0)
        {
            // Nobody holds the role: the administrators decide as fallback deciders (Deciders), told with the card at once.
            var admins = ApprovalRules.ExclusionDeciderPeople(policy, exclusionId, officer, everyone).People;
            var nobody = $"{says}, but nobody on the staff list holds the {names} role";
            await TellAdminsAsync(turn, saved, officer, once,
                $"{saved.Reference}, logged by {officer.DisplayName}, waits for a decision on whether to accept it as a complaint. {nobody}: " +
                "as an administrator you may decide it from the card I am sending you, or type **admin** to give someone the role.", cancellationToken);
            var sentToAdmins = await SendCardsAsync(turn, saved, [.. admins], card, once, cancellationToken);
            return sentToAdmins.Count > 0
                ? $" {nobody}, so I sent it to the administrators ({string.Join(", ", sentToAdmins)}) to decide instead."
                : $" {nobody}, so nobody has the decision card. No administrator could be reached either: ask one to give someone the role (they type admin).";
        }
        var problem = $"nobody who may decide it ({string.Join(", ", holders.Select(h => h.DisplayName).Distinct())}) can be reached in Teams";
        var told = await TellAdminsAsync(turn, saved, officer, once,
            $"{saved.Reference}, logged by {officer.DisplayName}, waits for a decision on whether to accept it as a complaint. {says}, but {problem}: " +
            $"type **admin** to give someone the role, or ask them to open the bot.", cancellationToken);
        return $" {says}, but {problem}, so nobody has the decision card. {AdminNotices.Told(told)}";
    }

    // Remembered, so the decision replaces every decider's copy. The officer who logged it gets a copy too when they
    // hold the role themselves, and is called "you".
    private async Task<List<string>> SendCardsAsync(ITurnContext turn, Case saved, List<StaffMember> deciders, System.Text.Json.Nodes.JsonObject card, bool once, CancellationToken cancellationToken, StaffMember? officer = null)
    {
        var reached = await messenger.SendCardAsync(turn.Adapter, deciders, card, saved.Id, SentCardMessage.ExclusionDecisionCard, null, cancellationToken, once);
        return [.. reached.Select(name => officer is not null && name == officer.DisplayName && deciders.Any(d => d.Id == officer.Id) ? "you" : name)];
    }

    private async Task<List<string>> TellAdminsAsync(ITurnContext turn, Case saved, StaffMember officer, bool once, string text, CancellationToken cancellationToken)
    {
        var told = new List<string>();
        foreach (var admin in (await staff.AllAsync(cancellationToken)).Where(s => s.HasRole(StaffRoles.Admin) && s.Id != officer.Id))
        {
            var reached = once
                ? await messenger.SendNoticeOnceAsync(turn.Adapter, admin, MessageFactory.Text(text), saved.Id, SentCardMessage.NoDeciderNotice, cancellationToken)
                : (await messenger.SendPersonalAsync(turn.Adapter, admin, MessageFactory.Text(text), cancellationToken)).Sent is not null;
            if (reached) told.Add(admin.DisplayName);
        }
        return told;
    }
}
