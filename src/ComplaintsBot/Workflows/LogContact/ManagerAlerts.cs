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
/// officer's line manager for a decision (or, if none is recorded or reachable, to every manager), and a health
/// and safety or safeguarding concern to every senior manager. Each returns the line that tells the officer.
/// </summary>
public sealed class ManagerAlerts(CardMessenger messenger, StaffDirectory staff, ExclusionDecisionView view)
{
    public async Task<string> SendExclusionDecisionAsync(ITurnContext turn, Case saved, Policy policy, StaffMember officer, CancellationToken cancellationToken)
    {
        if (PendingExclusion.Of(saved, policy) is not { Waiting: true } pending) return "";
        var card = view.Render(saved, pending, officer.DisplayName, deciderName: null);
        var lineManager = (await staff.FindAsync(officer.Id, cancellationToken))?.LineManager;
        if (lineManager is not null && await SendCardAsync(turn, saved, lineManager, card, cancellationToken))
            return $" I sent it to your line manager {lineManager.DisplayName} to decide.";

        var reached = new List<string>();
        foreach (var manager in (await staff.AllAsync(cancellationToken)).Where(s => ManagerRoles.ActsOnAnyCase(s) && s.Id != officer.Id && s.Id != lineManager?.Id))
        {
            if (await SendCardAsync(turn, saved, manager, card, cancellationToken)) reached.Add(manager.DisplayName);
        }
        var why = lineManager is null ? "No line manager is recorded for you" : $"I couldn't reach your line manager {lineManager.DisplayName} in Teams";
        return reached.Count > 0
            ? $" {why}, so I sent it to {string.Join(" and ", reached)} to decide."
            : $" {why} and no manager could be reached: ask a manager to decide it.";
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
            if ((await messenger.SendPersonalAsync(turn.Adapter, senior, message, cancellationToken)).Sent is not null) reached.Add(senior.DisplayName);
        }
        return reached.Count > 0
            ? $"\n\nFlagged for a senior manager: I told {string.Join(" and ", reached)}."
            : "\n\nFlagged for a senior manager, but I couldn't reach anyone with the senior-manager role in Teams: tell them about the concern now.";
    }

    // A new activity per send: sending fills in the conversation of the activity it is given. Remembered, so
    // the decision replaces every manager's copy.
    private async Task<bool> SendCardAsync(ITurnContext turn, Case saved, StaffMember manager, System.Text.Json.Nodes.JsonObject card, CancellationToken cancellationToken)
    {
        if ((await messenger.SendPersonalAsync(turn.Adapter, manager, CardAttachment.AsMessage(card.DeepClone().AsObject()), cancellationToken)).Sent is not { } sent) return false;
        await messenger.RememberAsync(saved.Id, SentCardMessage.ExclusionDecisionCard, null, sent, cancellationToken);
        return true;
    }
}
