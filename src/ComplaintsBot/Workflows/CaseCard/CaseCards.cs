using System.Text.Json.Nodes;
using ComplaintsBot.Bot.Proactive;
using ComplaintsBot.BotFramework.Builder;
using ComplaintsBot.BotFramework.Schema;
using ComplaintsBot.CardActions;
using ComplaintsBot.Cases.Deadlines;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Store;
using ComplaintsBot.Workflows.ContactRestrictions;

namespace ComplaintsBot.Workflows.CaseCard;

/// <summary>The case card for a viewer, refreshed for the people who act on the case, and kept current in every chat that holds it.</summary>
public sealed class CaseCards(CaseCardView view, CaseDeadlines deadlines, StaffDirectory staff, ConversationReferenceStore references, CardMessenger messenger,
    ContactRestrictionNotices restrictions) : ICaseCards
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
        var restricted = await restrictions.DescribeAllAsync(policy, @case.Customer, @case.Id, cancellationToken);
        return (JsonObject)view.Render(@case, policy, ownerName, viewer, userIds, restricted).Content!;
    }

    public async Task UpdateEveryCopyAsync(ITurnContext turn, Case @case, CancellationToken cancellationToken, JsonObject? clicked = null)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var owner = await staff.FindAsync(@case.OwnerId, cancellationToken);
        var ownerView = await ForAsync(@case, owner, cancellationToken);
        var views = new Dictionary<int, JsonObject>();
        var activity = turn.Activity;
        // The clicked copy gets exactly the answer to the click (in an invoke, or a personal chat's button press, where
        // the answer replaces that card too), so a later update never wipes the notice of what was done.
        var answersClicked = clicked is not null && (activity.Type == ActivityTypes.Invoke || activity.Conversation?.ConversationType == "personal");
        await messenger.UpdateEveryCopyAsync(turn, @case.Id, SentCardMessage.CaseCard, null, async (message, reference) =>
        {
            if (answersClicked && message.ConversationId == activity.Conversation?.Id && message.ActivityId == activity.ReplyToId) return clicked;
            // A personal chat's copy belongs to its one person: it shows what they may do now (read-only for whoever
            // held the case before, saying who holds it now). A shared chat's copy shows the owner's view.
            if (reference.Conversation?.ConversationType is "groupChat" or "channel" || reference.Conversation?.IsGroup == true
                || reference.User?.AadObjectId is not { Length: > 0 } holderId
                || await staff.FindAsync(holderId, cancellationToken) is not { } holder)
                return ownerView;
            if (!views.TryGetValue(holder.Id, out var card)) views[holder.Id] = card = await ForAsync(@case, holder, cancellationToken);
            return card;
        }, cancellationToken);
    }

    public async Task<string> HandOverAsync(ITurnContext turn, Case @case, StaffMember? previousOwner, StaffMember newOwner, StaffMember by, string what, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(newOwner);
        ArgumentNullException.ThrowIfNull(by);
        var said = new List<string>();
        if (newOwner.Id != by.Id)
        {
            // The message first and the card on its own: the card is updated as the case moves on, the message stays.
            var told = await messenger.TrySendPersonalAsync(turn.Adapter, newOwner,
                MessageFactory.Text($"{by.DisplayName} {what} {@case.Reference}: it is yours now. The case card follows; its next action says what is due."), cancellationToken);
            var reached = told is not null && (await messenger.SendCardAsync(turn.Adapter, [newOwner], await ForAsync(@case, newOwner, cancellationToken),
                @case.Id, SentCardMessage.CaseCard, null, cancellationToken)).Count > 0;
            said.Add(reached
                ? $"{newOwner.DisplayName} has been sent the case card in their chat."
                : $"{newOwner.DisplayName} could not be reached in Teams (they have not opened the bot): tell them the case is theirs.");
        }
        if (previousOwner is not null && previousOwner.Id != by.Id && previousOwner.Id != newOwner.Id)
        {
            var told = await messenger.TrySendPersonalAsync(turn.Adapter, previousOwner,
                MessageFactory.Text($"{by.DisplayName} {what} {@case.Reference}; {newOwner.DisplayName} holds it now, so it has left your my cases. Type its reference to see it."),
                cancellationToken);
            if (told is null) said.Add($"{previousOwner.DisplayName}, who held it, could not be reached in Teams.");
        }
        else if (previousOwner is not null && previousOwner.Id == by.Id && previousOwner.Id != newOwner.Id)
        {
            said.Add("It leaves your my cases; type its reference to see it.");
        }
        return string.Join(' ', said);
    }
}
