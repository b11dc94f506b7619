using System.Text.Json;
using System.Text.Json.Nodes;
using ComplaintsBot.BotFramework.Schema;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Store;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsBot.Workflows.ChannelFeed;

/// <summary>
/// Which Teams channel is the complaints feed: set by an administrator in the channel (<c>feed here</c>), stopped
/// (<c>feed off</c>), each change written to the audit trail with who made it. One feed is current at a time: setting
/// another channel moves the feed there.
/// </summary>
public sealed class ChannelFeeds(IDbContextFactory<CasesDbContext> contexts, TimeProvider clock)
{
    public const string SetAction = "feed.set";
    public const string StoppedAction = "feed.stopped";

    /// <summary>How setting a feed went: the feed now, and the feed it replaced (null when there was none, or it is the same channel).</summary>
    public sealed record SetResult(FeedChannel Feed, FeedChannel? Replaced, bool AlreadyCurrent);

    public async Task<FeedChannel?> CurrentAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.FeedChannels.AsNoTracking().FirstOrDefaultAsync(f => f.Current == FeedChannel.IsCurrent, cancellationToken);
    }

    /// <summary>
    /// Makes the channel <paramref name="activity"/> was typed in the current feed, for complaints logged from now on.
    /// Throws <see cref="DbUpdateException"/> when another administrator set a feed at the same moment.
    /// </summary>
    public async Task<SetResult> SetAsync(Activity activity, StaffMember admin, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(admin);
        var conversationId = ChannelConversationId(activity);
        var channelId = activity.ChannelId ?? "msteams";
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var current = await db.FeedChannels.AsTracking().FirstOrDefaultAsync(f => f.Current == FeedChannel.IsCurrent, cancellationToken);
        if (current is not null && current.ChannelId == channelId && current.ConversationId == conversationId)
            return new SetResult(current, null, AlreadyCurrent: true);

        var before = current is null ? null : Describe(current);
        if (current is not null)
        {
            current.Current = null;
            current.StoppedAt = now;
            // Saved first: the unique index on Current sees one current feed at every moment.
            await db.SaveChangesAsync(cancellationToken);
        }
        var feed = await db.FeedChannels.AsTracking().FirstOrDefaultAsync(f => f.ChannelId == channelId && f.ConversationId == conversationId, cancellationToken);
        var reference = ChannelReference(activity, conversationId);
        if (feed is null)
        {
            feed = new FeedChannel { ChannelId = channelId, ConversationId = conversationId, ReferenceJson = "", SetBy = admin.AadObjectId };
            db.FeedChannels.Add(feed);
        }
        feed.ReferenceJson = BotJson.Serialize(reference);
        feed.ChannelName = Name(activity.ChannelData, "channel") ?? feed.ChannelName;
        feed.TeamName = Name(activity.ChannelData, "team") ?? feed.TeamName;
        feed.Current = FeedChannel.IsCurrent;
        feed.SetBy = admin.AadObjectId;
        feed.SetAt = now;
        feed.StoppedAt = null;
        // Complaints logged from now on: a feed set on a store with years of cases does not flood the channel.
        feed.AfterCaseId = await db.Cases.MaxAsync(c => (int?)c.Id, cancellationToken) ?? 0;
        await db.SaveChangesAsync(cancellationToken);
        db.AuditEntries.Add(new AuditEntry(null, now, admin.AadObjectId, SetAction, before, Describe(feed)));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new SetResult(feed, current, AlreadyCurrent: false);
    }

    /// <summary>Stops the current feed; null when there was none.</summary>
    public async Task<FeedChannel?> StopAsync(StaffMember admin, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(admin);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var current = await db.FeedChannels.AsTracking().FirstOrDefaultAsync(f => f.Current == FeedChannel.IsCurrent, cancellationToken);
        if (current is null) return null;
        var now = clock.GetUtcNow();
        var before = Describe(current);
        current.Current = null;
        current.StoppedAt = now;
        db.AuditEntries.Add(new AuditEntry(null, now, admin.AadObjectId, StoppedAction, before, Describe(current)));
        await db.SaveChangesAsync(cancellationToken);
        return current;
    }

    /// <summary>
    /// The channel itself: a message in a channel arrives in its thread, "19:…@thread.tacv2;messageid=…"; posting to the
    /// channel's own id starts a new thread. Teams also names the channel in channelData.channel.id.
    /// </summary>
    public static string ChannelConversationId(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.ChannelData?["channel"]?["id"] is JsonValue id && id.TryGetValue<string>(out var channel) && channel.Length > 0) return channel;
        var conversation = activity.Conversation?.Id ?? throw new ArgumentException("The activity has no conversation.", nameof(activity));
        var thread = conversation.IndexOf(";messageid=", StringComparison.OrdinalIgnoreCase);
        return thread < 0 ? conversation : conversation[..thread];
    }

    /// <summary>The conversation id of a reply in the thread of <paramref name="rootActivityId"/>, as Teams and its SDKs write it.</summary>
    public static string ThreadConversationId(string channelConversationId, string rootActivityId) =>
        $"{channelConversationId};messageid={rootActivityId}";

    private static ConversationReference ChannelReference(Activity activity, string conversationId)
    {
        var reference = activity.GetConversationReference();
        reference.ActivityId = null;
        var conversation = activity.Conversation!;
        reference.Conversation = new ConversationAccount
        {
            Id = conversationId,
            ConversationType = conversation.ConversationType ?? "channel",
            IsGroup = true,
            TenantId = conversation.TenantId,
            Name = conversation.Name,
        };
        // The channel, not the administrator who typed the command: nobody's personal details are kept with the feed.
        reference.User = null;
        return reference;
    }

    private static string? Name(JsonNode? channelData, string what) =>
        channelData?[what]?["name"] is JsonValue value && value.TryGetValue<string>(out var name) && name.Trim().Length > 0 ? name.Trim() : null;

    private static string Describe(FeedChannel feed) => JsonSerializer.Serialize(new
    {
        channel = feed.ChannelName,
        team = feed.TeamName,
        conversationId = feed.ConversationId,
        current = feed.Current == FeedChannel.IsCurrent,
        afterCaseId = feed.AfterCaseId,
    });
}
