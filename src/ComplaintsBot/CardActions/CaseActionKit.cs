using System.Text.Json.Nodes;
using ComplaintsBot.Bot.Proactive;
using ComplaintsBot.BotFramework.Builder;
using ComplaintsBot.BotFramework.Connector;
using ComplaintsBot.BotFramework.Integration.AspNetCore;
using ComplaintsBot.BotFramework.Schema;
using ComplaintsBot.Cases.Deadlines;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Cases.Store;
using ComplaintsBot.Hosting;
using ComplaintsBot.Workflows.CaseCard;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ComplaintsBot.CardActions;

/// <summary>
/// What every card action shares: who clicked (from the store, by from.aadObjectId), the case's policy,
/// the case card for a viewer, and keeping every copy of a card current (PUT) after a change.
/// </summary>
public sealed class CaseActionKit(
    CaseService cases,
    StaffDirectory staff,
    IDbContextFactory<CasesDbContext> contexts,
    CaseDeadlines deadlines,
    CaseCardView caseCards,
    ConversationReferenceStore references,
    CloudAdapter adapter,
    IOptions<BotFrameworkOptions> botOptions,
    TimeProvider clock,
    ILogger<CaseActionKit> logger)
{
    public CaseService Cases => cases;
    public TimeProvider Clock => clock;
    public DateTimeOffset Now => clock.GetUtcNow();

    /// <summary>The staff member who clicked, from their Teams user id; anyone else may do nothing.</summary>
    public async Task<StaffMember> ClickerAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var aadObjectId = turn.Activity.From?.AadObjectId;
        if (string.IsNullOrWhiteSpace(aadObjectId))
            throw CardActionRefusedException.Forbidden("Teams did not say who you are, so this bot cannot act for you.");
        return await staff.FindAsync(aadObjectId, cancellationToken)
            ?? throw CardActionRefusedException.Forbidden("You are not on this bot's staff list; ask an administrator to add you with your role.");
    }

    public Policy PolicyOf(Case @case) => deadlines.PolicyOf(@case);

    public async Task<List<StaffMember>> AllStaffAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Staff.AsNoTracking().OrderBy(s => s.DisplayName).ToListAsync(cancellationToken);
    }

    public async Task<StaffMember?> StaffByIdAsync(int? id, CancellationToken cancellationToken)
    {
        if (id is null) return null;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Staff.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
    }

    /// <summary>The Teams user ids (29:...) of these staff, for a card's refresh.userIds; staff never seen by the bot have none.</summary>
    public async Task<List<string>> TeamsUserIdsAsync(IEnumerable<string> aadObjectIds, CancellationToken cancellationToken)
    {
        var wanted = aadObjectIds.Distinct().ToList();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var ids = await db.ConversationReferences.AsNoTracking()
            .Where(r => r.UserAadObjectId != null && wanted.Contains(r.UserAadObjectId) && !r.Blocked)
            .Select(r => r.ChannelUserId).Distinct().ToListAsync(cancellationToken);
        return [.. ids.Order(StringComparer.Ordinal).Take(60)]; // Teams refreshes for at most 60 users
    }

    /// <summary>The case card as <paramref name="viewer"/> sees it, refreshed automatically for the people who act on the case.</summary>
    public async Task<JsonObject> CaseCardAsync(Case @case, StaffMember? viewer, CancellationToken cancellationToken)
    {
        var policy = PolicyOf(@case);
        var stageOwnerIds = @case.Stages.Select(s => s.OwnerId).Append(@case.OwnerId).OfType<int>().Distinct().ToList();
        var actors = new List<string>();
        string? ownerName = null;
        foreach (var id in stageOwnerIds)
        {
            if (await StaffByIdAsync(id, cancellationToken) is not { } member) continue;
            actors.Add(member.AadObjectId);
            if (id == @case.OwnerId) ownerName = member.DisplayName;
        }
        if (viewer is not null) actors.Add(viewer.AadObjectId);
        var userIds = await TeamsUserIdsAsync(actors, cancellationToken);
        return (JsonObject)caseCards.Render(@case, policy, ownerName, viewer, userIds).Content!;
    }

    /// <summary>The card with a short line on top saying what happened (or why nothing did).</summary>
    public static JsonObject WithNotice(JsonObject card, string notice, bool problem)
    {
        var body = card["body"] as JsonArray ?? [];
        var line = new JsonObject { ["type"] = "TextBlock", ["wrap"] = true, ["weight"] = "Bolder", ["text"] = notice };
        if (problem) line["color"] = "attention";
        body.Insert(0, line);
        card["body"] = body;
        return card;
    }

    public static Attachment AsAttachment(JsonObject card) => new() { ContentType = Attachment.AdaptiveCardContentType, Content = card };

    /// <summary>Remembers the message a user clicked, so later changes can update it for everyone in that chat.</summary>
    public async Task RememberMessageAsync(ITurnContext turn, int caseId, string kind, int? extensionId, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        if (string.IsNullOrEmpty(activity.ReplyToId) || activity.Conversation?.Id is not { } conversationId) return;
        var reference = activity.GetConversationReference();
        reference.ActivityId = null;
        await RememberAsync(caseId, kind, extensionId, conversationId, activity.ReplyToId, reference, cancellationToken);
    }

    public async Task RememberAsync(int caseId, string kind, int? extensionId, string conversationId, string activityId, ConversationReference reference, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var known = await db.SentCardMessages.AnyAsync(m => m.CaseId == caseId && m.Kind == kind && m.ConversationId == conversationId && m.ActivityId == activityId, cancellationToken);
        if (known) return;
        db.SentCardMessages.Add(new SentCardMessage
        {
            CaseId = caseId, Kind = kind, ExtensionId = extensionId, ConversationId = conversationId, ActivityId = activityId,
            ReferenceJson = BotJson.Serialize(reference), UpdatedAt = Now,
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A double click remembered the same message at the same moment.
        }
    }

    /// <summary>
    /// A decision card after a click: the clicked copy is remembered with the others, then every copy is replaced,
    /// so everyone who holds the card sees the decision.
    /// </summary>
    public async Task UpdateDecisionCardsAsync(ITurnContext turn, int caseId, string kind, int? extensionId, JsonObject card, CancellationToken cancellationToken)
    {
        await RememberMessageAsync(turn, caseId, kind, extensionId, cancellationToken);
        await UpdateMessagesAsync(turn, caseId, kind, extensionId, card, cancellationToken);
    }

    /// <summary>Replaces every remembered copy of a card (PUT), so people who are not refreshed see the current state too.</summary>
    public async Task UpdateMessagesAsync(ITurnContext turn, int caseId, string kind, int? extensionId, JsonObject card, CancellationToken cancellationToken)
    {
        List<SentCardMessage> messages;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            messages = await db.SentCardMessages.AsNoTracking()
                .Where(m => m.CaseId == caseId && m.Kind == kind && (extensionId == null || m.ExtensionId == extensionId))
                .ToListAsync(cancellationToken);
        }
        foreach (var message in messages)
        {
            if (BotJson.Deserialize<ConversationReference>(message.ReferenceJson) is not { } reference) continue;
            var update = MessageFactory.Attachment(AsAttachment(card.DeepClone().AsObject()));
            update.Id = message.ActivityId;
            update.Conversation = reference.Conversation;
            try
            {
                if (turn.Activity.Conversation?.Id == message.ConversationId)
                    await turn.UpdateActivityAsync(update, cancellationToken);
                else
                    await adapter.ContinueConversationAsync(BotAppId, reference, (t, ct) => t.UpdateActivityAsync(update, ct), cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The change is saved; a copy that cannot be updated still refreshes when next opened.
                logger.LogWarning(e, "Could not update the {Kind} card of case {CaseId} in conversation {ConversationId}.", kind, caseId, message.ConversationId);
            }
        }
    }

    /// <summary>Updates every copy of the case card after a change; the shared copy shows the owner's view.</summary>
    public async Task UpdateCaseCardsAsync(ITurnContext turn, Case @case, CancellationToken cancellationToken)
    {
        var owner = await StaffByIdAsync(@case.OwnerId, cancellationToken);
        await UpdateMessagesAsync(turn, @case.Id, SentCardMessage.CaseCard, null, await CaseCardAsync(@case, owner, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// Sends to a staff member's personal chat with the bot; the sent message and its reference, or null where they
    /// cannot be reached. A chat Teams reports blocked (the app removed) is remembered, as reminders do, so it is not
    /// tried again nor refreshed for.
    /// </summary>
    public async Task<(ConversationReference Reference, string? MessageId)?> SendPersonalAsync(StaffMember to, Activity message, CancellationToken cancellationToken)
    {
        if (await references.FindPersonalAsync(to.AadObjectId, cancellationToken) is not { } reference) return null;
        string? id = null;
        try
        {
            await adapter.ContinueConversationAsync(BotAppId, reference, async (t, ct) => id = (await t.SendActivityAsync(message, ct)).Id, cancellationToken);
        }
        catch (MessageWritesBlockedException blocked)
        {
            logger.LogInformation("Staff member {StaffId} removed or blocked the bot ({Code}); their chat is marked unreachable.", to.Id, blocked.BlockedCode);
            if (reference.User?.Id is { } userId) await references.MarkBlockedAsync(userId, reference.Conversation?.Id, cancellationToken);
            return null;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Could not send a message to staff member {StaffId}.", to.Id);
            return null;
        }
        return (reference, id);
    }

    private string? BotAppId => botOptions.Value.MicrosoftAppId;
}
