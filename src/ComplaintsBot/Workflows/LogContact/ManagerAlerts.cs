using System.Text;
using ComplaintsBot.Bot.Proactive;
using ComplaintsBot.BotFramework.Builder;
using ComplaintsBot.BotFramework.Schema;
using ComplaintsBot.Cards;
using ComplaintsBot.Cases;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Cases.Rules;
using ComplaintsBot.Cases.Store;
using ComplaintsBot.Workflows.Exclusions;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsBot.Workflows.LogContact;

/// <summary>
/// What a saved case sends to managers, in their own chats with the bot: a discretionary exclusion goes to the
/// role the policy names to decide it (then its fallback), and a health and safety or safeguarding concern to every
/// senior manager. Each returns the line that tells the officer. Each person gets each once per case, even when a save
/// cut off by a crash is resumed: what was sent is remembered (<see cref="CardMessenger"/>) and counted as reached.
/// </summary>
public sealed class ManagerAlerts(CardMessenger messenger, StaffDirectory staff, ExclusionDecisionView view)
{
    /// <summary>
    /// Sends a waiting exclusion's decision card to everyone holding the role the policy names to decide it (TCH 2: the
    /// Customer Experience Manager; WCH 4.6.3: the Team Manager; HiS "Initial contact": the Customer Focus Manager), or,
    /// when none of them can be reached, to the holders of the fallback the policy file states ("in the absence of").
    /// Never to any manager: when nobody holds either role the officer and the administrators are told so.
    /// </summary>
    public async Task<string> SendExclusionDecisionAsync(ITurnContext turn, Case saved, Policy policy, StaffMember officer, CancellationToken cancellationToken)
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
            var sent = await SendCardsAsync(turn, saved, managers, card, cancellationToken);
            return sent.Count > 0 ? $" I sent it to {string.Join(" and ", sent)} to decide." : " No manager could be reached: ask a manager to decide it.";
        }

        var clause = ApprovalRules.ExclusionDeciderClause(policy, exclusionId);
        var says = $"{policy.Name} has the {ApprovalRules.ExclusionDeciderNames(policy, exclusionId)} decide{(clause is null ? "" : $" ({clause})")}";
        var holders = new List<StaffMember>();
        foreach (var role in roles)
        {
            var ofRole = everyone.Where(s => s.HasRole(role)).ToList();
            holders.AddRange(ofRole);
            var reached = await SendCardsAsync(turn, saved, ofRole, card, cancellationToken, officer);
            if (reached.Count == 0) continue;
            var fallback = role != roles[0]
                ? $" Nobody holding the {ApprovalRules.RoleName(policy, roles[0])} role could be reached, so I sent it to the {ApprovalRules.RoleName(policy, role)}:"
                : " I sent it to";
            return $"{fallback} {string.Join(" and ", reached)} to decide: {says}.";
        }

        var names = ApprovalRules.ExclusionDeciderNames(policy, exclusionId);
        var problem = holders.Count == 0
            ? $"nobody on the staff list holds the {names} role"
            : $"nobody who may decide it ({string.Join(", ", holders.Select(h => h.DisplayName).Distinct())}) can be reached in Teams";
        var told = await TellAdminsAsync(turn, saved, officer,
            $"{saved.Reference}, logged by {officer.DisplayName}, waits for a decision on whether to accept it as a complaint. {says}, but {problem}: " +
            $"type **admin** to give someone the role, or ask them to open the bot.", cancellationToken);
        return $" {says}, but {problem}, so nobody has the decision card. " +
               (told.Count > 0
                   ? $"I told the administrators ({string.Join(", ", told)}) so they can give someone the role."
                   : "No administrator could be reached either: ask one to give someone the role (they type admin).");
    }

    public async Task<string> AlertSeniorManagersAsync(ITurnContext turn, Case saved, StaffMember officer, CancellationToken cancellationToken)
    {
        if (!saved.HealthAndSafetyConcern && !saved.SafeguardingConcern) return "";
        var concern = (saved.HealthAndSafetyConcern, saved.SafeguardingConcern) switch
        {
            (true, true) => "Health and safety and safeguarding concern",
            (true, false) => "Health and safety concern",
            _ => "Safeguarding concern",
        };
        var reached = new List<string>();
        foreach (var senior in (await staff.AllAsync(cancellationToken)).Where(s => s.HasRole(StaffRoles.SeniorManager) && s.Id != officer.Id))
        {
            var message = MessageFactory.Text($"{concern} on {saved.Reference}, logged by {officer.DisplayName}: \"{saved.Description}\"");
            if (await messenger.SendNoticeOnceAsync(turn.Adapter, senior, message, saved.Id, SentCardMessage.ConcernAlert, cancellationToken)) reached.Add(senior.DisplayName);
        }
        return reached.Count > 0
            ? $"\n\nFlagged for a senior manager: I told {string.Join(" and ", reached)}."
            : "\n\nFlagged for a senior manager, but I couldn't reach anyone with the senior-manager role in Teams: tell them about the concern now.";
    }

    // Remembered, so the decision replaces every decider's copy. The officer who logged it gets a copy too when they
    // hold the role themselves, and is called "you".
    private async Task<List<string>> SendCardsAsync(ITurnContext turn, Case saved, List<StaffMember> deciders, System.Text.Json.Nodes.JsonObject card, CancellationToken cancellationToken, StaffMember? officer = null)
    {
        var reached = await messenger.SendCardAsync(turn.Adapter, deciders, card, saved.Id, SentCardMessage.ExclusionDecisionCard, null, cancellationToken, once: true);
        return [.. reached.Select(name => officer is not null && name == officer.DisplayName && deciders.Any(d => d.Id == officer.Id) ? "you" : name)];
    }

    private async Task<List<string>> TellAdminsAsync(ITurnContext turn, Case saved, StaffMember officer, string text, CancellationToken cancellationToken)
    {
        var told = new List<string>();
        foreach (var admin in (await staff.AllAsync(cancellationToken)).Where(s => s.HasRole(StaffRoles.Admin) && s.Id != officer.Id))
        {
            if (await messenger.SendNoticeOnceAsync(turn.Adapter, admin, MessageFactory.Text(text), saved.Id, SentCardMessage.NoDeciderNotice, cancellationToken)) told.Add(admin.DisplayName);
        }
        return told;
    }
}
