using System.Text.Json.Nodes;
using ComplaintsBot.Bot.Proactive;
using ComplaintsBot.BotFramework.Builder;
using ComplaintsBot.CardActions;
using ComplaintsBot.Cases.Deadlines;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Store;

namespace ComplaintsBot.Workflows.CaseCard;

/// <summary>The case card for a viewer, refreshed for the people who act on the case, and kept current in every chat that holds it.</summary>
public sealed class CaseCards(CaseCardView view, CaseDeadlines deadlines, StaffDirectory staff, ConversationReferenceStore references, CardMessenger messenger) : ICaseCards
{
    public async Task<JsonObject> ForAsync(Case @case, StaffMember? viewer, CancellationToken cancellationToken)
    {
        var policy = deadlines.PolicyOf(@case);
        var stageOwnerIds = @case.Stages.Select(s => s.OwnerId).Append(@case.OwnerId).OfType<int>().Distinct().ToList();
        var actors = new List<string>();
        string? ownerName = null;
        foreach (var id in stageOwnerIds)
        {
            if (await staff.FindAsync(id, cancellationToken) is not { } member) continue;
            actors.Add(member.AadObjectId);
            if (id == @case.OwnerId) ownerName = member.DisplayName;
        }
        if (viewer is not null) actors.Add(viewer.AadObjectId);
        var userIds = await references.TeamsUserIdsAsync(actors, cancellationToken);
        return (JsonObject)view.Render(@case, policy, ownerName, viewer, userIds).Content!;
    }

    public async Task UpdateEveryCopyAsync(ITurnContext turn, Case @case, CancellationToken cancellationToken)
    {
        var owner = await staff.FindAsync(@case.OwnerId, cancellationToken);
        await messenger.UpdateEveryCopyAsync(turn, @case.Id, SentCardMessage.CaseCard, null, await ForAsync(@case, owner, cancellationToken), cancellationToken);
    }
}
