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
/// cut off by a crash is run again: what was sent is remembered (<see cref="CardMessenger"/>) and counted as reached.
/// </summary>
public sealed class ManagerAlerts(CardMessenger messenger, StaffDirectory staff, ExclusionRouting exclusions)
{
    /// <summary>Sends a waiting exclusion's decision card to the deciders the policy names (<see cref="ExclusionRouting"/>).</summary>
    public Task<string> SendExclusionDecisionAsync(ITurnContext turn, Case saved, Policy policy, StaffMember officer, CancellationToken cancellationToken) =>
        exclusions.SendAsync(turn, saved, policy, officer, cancellationToken, once: true);

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
}
