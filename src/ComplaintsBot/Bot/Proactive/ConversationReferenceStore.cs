using ComplaintsBot.BotFramework.Schema;
using ComplaintsBot.Cases.Store;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsBot.Bot.Proactive;

/// <summary>
/// Where each staff member can be reached proactively (reminders, approval cards): one row per user and
/// conversation, saved from authenticated activities and refreshed by every turn that brings a change, since serviceUrl can move.
/// </summary>
public sealed class ConversationReferenceStore(IDbContextFactory<CasesDbContext> contexts, TimeProvider clock)
{
    /// <summary>How stale a reference's last-seen time may be before an unchanged turn refreshes it.</summary>
    public static readonly TimeSpan LastSeenResolution = TimeSpan.FromHours(1);

    /// <summary>Saves or refreshes the reference of the user who sent <paramref name="activity"/>; a user who writes is not blocked.</summary>
    public async Task SaveAsync(Activity activity, CancellationToken cancellationToken)
    {
        var reference = activity.GetConversationReference();
        if (reference.ChannelId is null || reference.Conversation?.Id is null || reference.User?.Id is null || reference.ServiceUrl is null) return;
        reference.ActivityId = null;

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.ConversationReferences.SingleOrDefaultAsync(r =>
            r.ChannelId == reference.ChannelId && r.ChannelUserId == reference.User.Id && r.ConversationId == reference.Conversation.Id, cancellationToken);
        var json = BotJson.Serialize(reference);
        if (row is null)
        {
            db.ConversationReferences.Add(new StoredConversationReference
            {
                ChannelId = reference.ChannelId,
                ChannelUserId = reference.User.Id,
                UserAadObjectId = reference.User.AadObjectId,
                ConversationId = reference.Conversation.Id,
                ServiceUrl = reference.ServiceUrl,
                TenantId = reference.Conversation.TenantId,
                ReferenceJson = json,
                UpdatedAt = clock.GetUtcNow(),
            });
        }
        else
        {
            row.ServiceUrl = reference.ServiceUrl;
            row.TenantId = reference.Conversation.TenantId ?? row.TenantId;
            row.UserAadObjectId = reference.User.AadObjectId ?? row.UserAadObjectId;
            row.ReferenceJson = json;
            row.Blocked = false;
            // EF writes only what changed. Moving the last-seen time on every turn would make each message a
            // database write of its own, so it moves when the reference changed or once the hour is up.
            var now = clock.GetUtcNow();
            db.ChangeTracker.DetectChanges();
            if (db.Entry(row).State == EntityState.Modified || now - row.UpdatedAt >= LastSeenResolution) row.UpdatedAt = now;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two first turns of one user at once (Teams sends installationUpdate and conversationUpdate together):
            // the other request saved the same reference.
        }
    }

    /// <summary>The user's personal (1:1) conversation with the bot, or null where they have none or blocked it.</summary>
    public async Task<ConversationReference?> FindPersonalAsync(string userAadObjectId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.ConversationReferences.AsNoTracking()
            .Where(r => r.UserAadObjectId == userAadObjectId && !r.Blocked)
            .ToListAsync(cancellationToken);
        foreach (var row in rows.OrderByDescending(r => r.UpdatedAt))
        {
            var reference = BotJson.Deserialize<ConversationReference>(row.ReferenceJson);
            if (reference?.Conversation is { IsGroup: not true, ConversationType: null or "personal" }) return reference;
        }
        return null;
    }

    /// <summary>The Teams user ids (29:...) of these staff, for a card's refresh.userIds; staff never seen by the bot, or blocked, have none.</summary>
    public async Task<List<string>> TeamsUserIdsAsync(IEnumerable<string> aadObjectIds, CancellationToken cancellationToken)
    {
        var wanted = aadObjectIds.Distinct().ToList();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var ids = await db.ConversationReferences.AsNoTracking()
            .Where(r => r.UserAadObjectId != null && wanted.Contains(r.UserAadObjectId) && !r.Blocked)
            .Select(r => r.ChannelUserId).Distinct().ToListAsync(cancellationToken);
        return [.. ids.Order(StringComparer.Ordinal).Take(60)]; // Teams refreshes for at most 60 users
    }

    /// <summary>Marks every conversation of the user as unreachable (app removed, or a send came back MessageWritesBlocked).</summary>
    public async Task MarkBlockedAsync(string channelUserId, string? conversationId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.ConversationReferences
            .Where(r => r.ChannelUserId == channelUserId && (conversationId == null || r.ConversationId == conversationId))
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.Blocked, true), cancellationToken);
    }
}
