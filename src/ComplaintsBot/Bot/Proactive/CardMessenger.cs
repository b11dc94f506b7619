using System.Text.Json.Nodes;
using ComplaintsBot.BotFramework.Builder;
using ComplaintsBot.BotFramework.Connector;
using ComplaintsBot.BotFramework.Integration.AspNetCore;
using ComplaintsBot.BotFramework.Schema;
using ComplaintsBot.Cards;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ComplaintsBot.Bot.Proactive;

/// <summary>
/// Cards and messages to colleagues: sends to a staff member's personal chat with the bot (a chat Teams reports
/// blocked is remembered, so it is not tried again nor refreshed for), remembers the card messages sent or clicked,
/// and replaces every remembered copy of a card after a change, so everyone who holds it sees the current state.
/// </summary>
public sealed class CardMessenger(
    ConversationReferenceStore references,
    IDbContextFactory<CasesDbContext> contexts,
    IOptions<BotFrameworkOptions> botOptions,
    TimeProvider clock,
    ILogger<CardMessenger> logger)
{
    /// <summary>
    /// Sends to <paramref name="to"/>'s personal chat through <paramref name="adapter"/> (the turn's, or the host's
    /// outside a turn). Null with <c>Blocked</c> false when they have no chat with the bot (the app is not installed);
    /// null with <c>Blocked</c> true when Teams refused the send as blocked (the app removed), which is remembered.
    /// Any other failure is thrown.
    /// </summary>
    public async Task<(SentMessage? Sent, bool Blocked)> SendPersonalAsync(BotAdapter adapter, StaffMember to, Activity message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(adapter);
        ArgumentNullException.ThrowIfNull(to);
        if (await references.FindPersonalAsync(to.AadObjectId, cancellationToken) is not { } reference) return (null, false);
        string? id = null;
        try
        {
            await adapter.ContinueConversationAsync(botOptions.Value.MicrosoftAppId, reference,
                async (turn, ct) => id = (await turn.SendActivityAsync(message, ct))?.Id, cancellationToken);
        }
        catch (MessageWritesBlockedException blocked)
        {
            logger.LogInformation("Staff member {StaffId} removed or blocked the bot ({Code}); their chat is marked unreachable.", to.Id, blocked.BlockedCode);
            if (reference.User?.Id is { } userId) await references.MarkBlockedAsync(userId, reference.Conversation?.Id, cancellationToken);
            return (null, true);
        }
        return (new SentMessage(reference, id), false);
    }

    /// <summary>
    /// As <see cref="SendPersonalAsync"/> for a notice that must not undo what was already saved: any failure is
    /// logged and answered with null, so the caller can say who was not reached.
    /// </summary>
    public async Task<SentMessage?> TrySendPersonalAsync(BotAdapter adapter, StaffMember to, Activity message, CancellationToken cancellationToken)
    {
        try
        {
            return (await SendPersonalAsync(adapter, to, message, cancellationToken)).Sent;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Could not send a message to staff member {StaffId}.", to.Id);
            return null;
        }
    }

    /// <summary>
    /// Sends a card to each person's personal chat (a copy each: sending fills in the conversation of the activity it
    /// is given) and remembers every copy sent, so a decision replaces them all. The names of those reached. With
    /// <paramref name="once"/>, a person whose chat already holds a remembered copy is counted as reached and not sent
    /// another (a save resumed after its turn was cut off).
    /// </summary>
    public async Task<List<string>> SendCardAsync(BotAdapter adapter, IEnumerable<StaffMember> people, JsonObject card, int caseId, string kind, int? itemId, CancellationToken cancellationToken, bool once = false)
    {
        var reached = new List<string>();
        foreach (var person in people)
        {
            if (once && await HoldsRememberedAsync(person, caseId, kind, itemId, cancellationToken))
            {
                reached.Add(person.DisplayName);
                continue;
            }
            if (await TrySendPersonalAsync(adapter, person, CardAttachment.AsMessage(card.DeepClone().AsObject()), cancellationToken) is not { } sent) continue;
            reached.Add(person.DisplayName);
            await RememberAsync(caseId, kind, itemId, sent, cancellationToken);
        }
        return reached;
    }

    /// <summary>
    /// A notice about a case to one person's chat, sent once: remembered under <paramref name="kind"/> when sent, and not
    /// sent again when it already was (a save resumed after its turn was cut off). True when they have it.
    /// </summary>
    public async Task<bool> SendNoticeOnceAsync(BotAdapter adapter, StaffMember to, Activity message, int caseId, string kind, CancellationToken cancellationToken)
    {
        if (await HoldsRememberedAsync(to, caseId, kind, null, cancellationToken)) return true;
        if (await TrySendPersonalAsync(adapter, to, message, cancellationToken) is not { } sent) return false;
        await RememberAsync(caseId, kind, null, sent, cancellationToken);
        return true;
    }

    private async Task<bool> HoldsRememberedAsync(StaffMember person, int caseId, string kind, int? itemId, CancellationToken cancellationToken)
    {
        if (await references.FindPersonalAsync(person.AadObjectId, cancellationToken) is not { Conversation.Id: { } conversationId }) return false;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.SentCardMessages.AnyAsync(m => m.CaseId == caseId && m.Kind == kind && m.ExtensionId == itemId && m.ConversationId == conversationId, cancellationToken);
    }

    /// <summary>Remembers a card sent to someone, so later changes replace it (<see cref="UpdateEveryCopyAsync"/>).</summary>
    public Task RememberAsync(int caseId, string kind, int? itemId, SentMessage sent, CancellationToken cancellationToken) =>
        sent is { MessageId: { Length: > 0 } id, Reference.Conversation.Id: { } conversationId }
            ? RememberAsync(caseId, kind, itemId, conversationId, id, sent.Reference, cancellationToken)
            : Task.CompletedTask;

    /// <summary>Remembers the message a user clicked, so later changes can update it for everyone in that chat.</summary>
    public async Task RememberClickedAsync(ITurnContext turn, int caseId, string kind, int? itemId, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        if (string.IsNullOrEmpty(activity.ReplyToId) || activity.Conversation?.Id is not { } conversationId) return;
        var reference = activity.GetConversationReference();
        reference.ActivityId = null;
        await RememberAsync(caseId, kind, itemId, conversationId, activity.ReplyToId, reference, cancellationToken);
    }

    /// <summary>
    /// A decision card after a click: the clicked copy is remembered with the others, then every copy is replaced,
    /// so everyone who holds the card sees the decision.
    /// </summary>
    public async Task UpdateDecisionCardsAsync(ITurnContext turn, int caseId, string kind, int? itemId, JsonObject card, CancellationToken cancellationToken)
    {
        await RememberClickedAsync(turn, caseId, kind, itemId, cancellationToken);
        await UpdateEveryCopyAsync(turn, caseId, kind, itemId, card, cancellationToken);
    }

    /// <summary>Replaces every remembered copy of a card (PUT), so people who are not refreshed see the current state too.</summary>
    public Task UpdateEveryCopyAsync(ITurnContext turn, int caseId, string kind, int? itemId, JsonObject card, CancellationToken cancellationToken) =>
        UpdateEveryCopyAsync(turn, caseId, kind, itemId, (_, _) => Task.FromResult<JsonObject?>(card), cancellationToken);

    /// <summary>
    /// Replaces every remembered copy of a card (PUT) with the card <paramref name="cardFor"/> gives for that copy (the
    /// view of the person holding it: the reference's user in a personal chat); a copy it gives null for is left alone.
    /// </summary>
    public async Task UpdateEveryCopyAsync(ITurnContext turn, int caseId, string kind, int? itemId,
        Func<SentCardMessage, ConversationReference, Task<JsonObject?>> cardFor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(cardFor);
        List<SentCardMessage> messages;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            messages = await db.SentCardMessages.AsNoTracking()
                .Where(m => m.CaseId == caseId && m.Kind == kind && (itemId == null || m.ExtensionId == itemId))
                .ToListAsync(cancellationToken);
        }
        foreach (var message in messages)
        {
            if (BotJson.Deserialize<ConversationReference>(message.ReferenceJson) is not { } reference) continue;
            if (await cardFor(message, reference) is not { } card) continue;
            var update = CardAttachment.AsMessage(card.DeepClone().AsObject());
            update.Id = message.ActivityId;
            update.Conversation = reference.Conversation;
            try
            {
                if (turn.Activity.Conversation?.Id == message.ConversationId)
                    await turn.UpdateActivityAsync(update, cancellationToken);
                else
                    await turn.Adapter.ContinueConversationAsync(botOptions.Value.MicrosoftAppId, reference, (t, ct) => t.UpdateActivityAsync(update, ct), cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The change is saved; a copy that cannot be updated still refreshes when next opened.
                logger.LogWarning(e, "Could not update the {Kind} card of case {CaseId} in conversation {ConversationId}.", kind, caseId, message.ConversationId);
            }
        }
    }

    private async Task RememberAsync(int caseId, string kind, int? itemId, string conversationId, string activityId, ConversationReference reference, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var known = await db.SentCardMessages.AnyAsync(m => m.CaseId == caseId && m.Kind == kind && m.ConversationId == conversationId && m.ActivityId == activityId, cancellationToken);
        if (known) return;
        db.SentCardMessages.Add(new SentCardMessage
        {
            CaseId = caseId, Kind = kind, ExtensionId = itemId, ConversationId = conversationId, ActivityId = activityId,
            ReferenceJson = BotJson.Serialize(reference), UpdatedAt = clock.GetUtcNow(),
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
}

/// <summary>A message sent to someone's chat: where (to update it later) and its id.</summary>
public sealed record SentMessage(ConversationReference Reference, string? MessageId);
