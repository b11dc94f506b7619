using ComplaintsBot.BotFramework.Builder;
using ComplaintsBot.BotFramework.Integration.AspNetCore;
using ComplaintsBot.BotFramework.Schema;
using ComplaintsBot.Cards;
using ComplaintsBot.Cards.Templating;
using ComplaintsBot.Cases.Deadlines;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Cases.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ComplaintsBot.Workflows.ChannelFeed;

/// <summary>What one feed sweep did.</summary>
public sealed record FeedSweepResult(int Planned, int Posted, int Updated, int Replied, int Failed)
{
    public static readonly FeedSweepResult Nothing = new(0, 0, 0, 0, 0);
}

/// <summary>
/// One pass of the complaints feed, outside anyone's turn (an officer's save never waits for Teams, nor fails with it):
/// <list type="number">
/// <item>writes a row for each new complaint's card, and for each deadline of a posted complaint that passed unmet (a
/// breach), under the unique key feed + case + key, so a second writer (another instance, a sweep after a restart) is
/// refused by the database;</item>
/// <item>claims each unsent row alone, just before its send, with one conditional UPDATE that sets a lease (as the SLA
/// reminders do), posts it (a card to the channel, a breach as a reply in the card's thread) and records the message id
/// while still holding the claim;</item>
/// <item>claims each posted card whose case changed (or whose next deadline passed) and replaces it in place (PUT on the
/// stored message id).</item>
/// </list>
/// A send that fails is released at once and tried again later (waiting longer each time); a process that dies after
/// its claim leaves the row claimed until the lease runs out, then another sweep takes it over. Nothing was posted in
/// either case, so neither posts twice. The one window left, as for reminders: a process that dies after Teams accepted
/// the message and before its id is recorded posts it again once the lease has run out, since Teams has no idempotent
/// send. A send in hand when the host stops is finished and recorded (it is not cancelled with the host) to keep that
/// window to a crash.
/// </summary>
public sealed class FeedSweep(
    IDbContextFactory<CasesDbContext> contexts,
    CaseService cases,
    StaffDirectory staff,
    FeedCard cards,
    BotAdapter adapter,
    IOptions<BotFrameworkOptions> botOptions,
    IOptions<FeedOptions> options,
    TimeProvider clock,
    ILogger<FeedSweep> logger)
{
    private readonly string _instance = options.Value.InstanceName ?? $"{Environment.MachineName}/{Environment.ProcessId}";
    private FeedOptions Options => options.Value;

    public async Task<FeedSweepResult> RunOnceAsync(CancellationToken cancellationToken = default)
    {
        FeedChannel? feed;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            feed = await db.FeedChannels.AsNoTracking().FirstOrDefaultAsync(f => f.Current == FeedChannel.IsCurrent, cancellationToken);
        }
        // A stopped or moved feed is left as it was: nothing more is posted or updated there.
        if (feed is null || BotJson.Deserialize<ConversationReference>(feed.ReferenceJson) is not { } channel) return FeedSweepResult.Nothing;

        var now = clock.GetUtcNow();
        var planned = await PlanCardsAsync(feed, now, cancellationToken) + await PlanBreachesAsync(feed, now, cancellationToken);
        var (posted, replied, failedSends) = await SendNewAsync(feed, channel, cancellationToken);
        var (updated, failedUpdates) = await UpdateChangedAsync(feed, channel, cancellationToken);
        return new FeedSweepResult(planned, posted, updated, replied, failedSends + failedUpdates);
    }

    /// <summary>A card row for each complaint logged since the feed was set that has none.</summary>
    private async Task<int> PlanCardsAsync(FeedChannel feed, DateTimeOffset now, CancellationToken cancellationToken)
    {
        List<int> caseIds;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            // Complaints only: a service request, a compliment or feedback is not a complaint under the Code (1.2-1.3)
            // and has no complaint deadlines to breach.
            caseIds = await db.Cases
                .Where(c => c.Id > feed.AfterCaseId && c.Kind == ContactKind.Complaint
                    && !db.ChannelFeedMessages.Any(m => m.FeedId == feed.Id && m.CaseId == c.Id && m.Key == ChannelFeedMessage.CardKey))
                .OrderBy(c => c.Id).Select(c => c.Id).Take(Options.BatchSize)
                .ToListAsync(cancellationToken);
        }
        var written = 0;
        foreach (var caseId in caseIds)
        {
            if (await WriteAsync(new ChannelFeedMessage { FeedId = feed.Id, CaseId = caseId, Key = ChannelFeedMessage.CardKey, NotBefore = now, CreatedAt = now }, cancellationToken))
                written++;
        }
        return written;
    }

    /// <summary>
    /// A breach row for each firm deadline of a posted complaint that passed unmet and has not been told: found from
    /// CaseDeadlines (one row per unmet deadline of an open case, kept with every save), never by reading every case.
    /// </summary>
    private async Task<int> PlanBreachesAsync(FeedChannel feed, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var escalationWindow = DeadlineKind.EscalationWindow.Name();
        List<(int CaseId, string Kind, DateTimeOffset Due)> breaches;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            var rows = await db.CaseDeadlines
                .Where(d => !d.Provisional && d.Due < now && d.Kind != escalationWindow
                    && db.ChannelFeedMessages.Any(m => m.FeedId == feed.Id && m.CaseId == d.CaseId && m.Key == ChannelFeedMessage.CardKey && m.ActivityId != null)
                    && !db.ChannelFeedMessages.Any(b => b.FeedId == feed.Id && b.CaseId == d.CaseId && b.DeadlineKind == d.Kind && b.Due == d.Due))
                .OrderBy(d => d.Due).Take(Options.BatchSize)
                .Select(d => new { d.CaseId, d.Kind, d.Due })
                .ToListAsync(cancellationToken);
            breaches = [.. rows.Select(r => (r.CaseId, r.Kind, r.Due))];
        }
        var written = 0;
        foreach (var (caseId, kind, due) in breaches)
        {
            var row = new ChannelFeedMessage
            {
                FeedId = feed.Id, CaseId = caseId, Key = ChannelFeedMessage.BreachKey(kind, due), DeadlineKind = kind, Due = due,
                NotBefore = now, CreatedAt = now,
            };
            if (await WriteAsync(row, cancellationToken)) written++;
        }
        return written;
    }

    /// <summary>Writes a row; false when its key is already written (by another instance, or a sweep before a restart).</summary>
    private async Task<bool> WriteAsync(ChannelFeedMessage row, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.ChannelFeedMessages.Add(row);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            return false; // the unique index: someone else wrote it first
        }
    }

    private async Task<(int Posted, int Replied, int Failed)> SendNewAsync(FeedChannel feed, ConversationReference channel, CancellationToken cancellationToken)
    {
        List<long> ids;
        var listedAt = clock.GetUtcNow();
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            // A breach reply waits for its card, whose thread it goes in.
            ids = await db.ChannelFeedMessages
                .Where(m => m.FeedId == feed.Id && m.ActivityId == null && m.NotBefore <= listedAt && (m.LeaseUntil == null || m.LeaseUntil < listedAt)
                    && (m.Key == ChannelFeedMessage.CardKey
                        || db.ChannelFeedMessages.Any(r => r.FeedId == m.FeedId && r.CaseId == m.CaseId && r.Key == ChannelFeedMessage.CardKey && r.ActivityId != null && r.ActivityId != "")))
                .OrderBy(m => m.Id).Select(m => m.Id).Take(Options.BatchSize)
                .ToListAsync(cancellationToken);
        }
        int posted = 0, replied = 0, failed = 0;
        foreach (var id in ids)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (await ClaimAsync(id, unsent: true, cancellationToken) is not { } message) continue; // another instance has it
            var outcome = await TryAsync(message, () => message.Key == ChannelFeedMessage.CardKey
                ? PostCardAsync(message, channel)
                : PostBreachAsync(message, feed, channel));
            if (outcome.Done && message.Key == ChannelFeedMessage.CardKey) posted++;
            else if (outcome.Done) replied++;
            else failed++;
            await RecordAsync(message, outcome);
        }
        return (posted, replied, failed);
    }

    private async Task<(int Updated, int Failed)> UpdateChangedAsync(FeedChannel feed, ConversationReference channel, CancellationToken cancellationToken)
    {
        List<long> ids;
        var listedAt = clock.GetUtcNow();
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            ids = await (
                from m in db.ChannelFeedMessages
                join c in db.Cases on m.CaseId equals c.Id
                where m.FeedId == feed.Id && m.Key == ChannelFeedMessage.CardKey && m.ActivityId != null && m.ActivityId != ""
                    && m.NotBefore <= listedAt && (m.LeaseUntil == null || m.LeaseUntil < listedAt)
                    && (m.ShownVersion != c.Version || m.RecheckAt <= listedAt)
                orderby m.Id
                select m.Id).Take(Options.BatchSize).ToListAsync(cancellationToken);
        }
        int updated = 0, failed = 0;
        foreach (var id in ids)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (await ClaimAsync(id, unsent: false, cancellationToken) is not { } message) continue;
            var outcome = await TryAsync(message, () => UpdateCardAsync(message, channel));
            if (outcome.Done) updated++;
            else failed++;
            await RecordAsync(message, outcome);
        }
        return (updated, failed);
    }

    /// <summary>
    /// Claims one message if it is still claimable now (unsent, or posted for an update; due; no live claim); null when
    /// another instance got it first. The UPDATE checks the condition itself: of two instances racing for the row, the
    /// second finds it claimed (PostgreSQL re-reads a row it waited for; SQLite has one writer) and updates nothing.
    /// </summary>
    private async Task<ChannelFeedMessage?> ClaimAsync(long id, bool unsent, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var at = clock.GetUtcNow();
        var claim = $"{_instance}/{Guid.NewGuid():N}";
        var leaseUntil = at + Options.Lease;
        var rows = db.ChannelFeedMessages.Where(m => m.Id == id && m.NotBefore <= at && (m.LeaseUntil == null || m.LeaseUntil < at));
        rows = unsent ? rows.Where(m => m.ActivityId == null) : rows.Where(m => m.ActivityId != null);
        var claimed = await rows.ExecuteUpdateAsync(set => set
            .SetProperty(m => m.ClaimedBy, claim)
            .SetProperty(m => m.LeaseUntil, leaseUntil)
            .SetProperty(m => m.Attempts, m => m.Attempts + 1), cancellationToken);
        return claimed == 0 ? null : await db.ChannelFeedMessages.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id && m.ClaimedBy == claim, cancellationToken);
    }

    /// <summary>What a send came to: done (with the message id, and for a card the version and recheck shown), or the error.</summary>
    private sealed record Outcome(bool Done, string? ActivityId = null, int? ShownVersion = null, DateTimeOffset? RecheckAt = null, string? Error = null);

    private async Task<Outcome> TryAsync(ChannelFeedMessage message, Func<Task<Outcome>> send)
    {
        try
        {
            return await send();
        }
        catch (Exception e)
        {
            // Sends are not cancelled with the host, so a cancellation here is the send's own time limit.
            var why = e is OperationCanceledException ? $"The send took longer than {Options.Lease / 2} (half the lease) and was abandoned." : e.Message;
            logger.LogWarning("Complaints feed: {Key} of case {CaseId}, attempt {Attempt}, failed (tried again later): {Error}", message.Key, message.CaseId, message.Attempts, why);
            return new Outcome(false, Error: why);
        }
    }

    /// <summary>A token for one send: half the lease, so no other instance takes the message over while the send may still complete.</summary>
    private CancellationTokenSource SendLimit() => new(Options.Lease / 2, clock);

    private async Task<Outcome> PostCardAsync(ChannelFeedMessage message, ConversationReference channel)
    {
        using var limit = SendLimit();
        if (await cases.FindAsync(message.CaseId, limit.Token) is not { } @case) return new Outcome(true, ActivityId: "", Error: "The case is gone.");
        var owner = await staff.FindAsync(@case.OwnerId, limit.Token);
        var (card, recheck) = cards.Render(@case, owner?.DisplayName, clock.GetUtcNow());
        var id = await SendAsync(channel, CardAttachment.AsMessage(card), limit.Token);
        return new Outcome(true, id ?? "", @case.Version, recheck);
    }

    private async Task<Outcome> UpdateCardAsync(ChannelFeedMessage message, ConversationReference channel)
    {
        using var limit = SendLimit();
        if (await cases.FindAsync(message.CaseId, limit.Token) is not { } @case) return new Outcome(true, message.ActivityId);
        var owner = await staff.FindAsync(@case.OwnerId, limit.Token);
        var (card, recheck) = cards.Render(@case, owner?.DisplayName, clock.GetUtcNow());
        var update = CardAttachment.AsMessage(card);
        update.Id = message.ActivityId;
        var thread = InThread(channel, message.ActivityId!);
        update.Conversation = thread.Conversation;
        await adapter.ContinueConversationAsync(botOptions.Value.MicrosoftAppId, thread, (turn, ct) => turn.UpdateActivityAsync(update, ct), limit.Token);
        return new Outcome(true, message.ActivityId, @case.Version, recheck);
    }

    private async Task<Outcome> PostBreachAsync(ChannelFeedMessage message, FeedChannel feed, ConversationReference channel)
    {
        using var limit = SendLimit();
        string? rootId;
        await using (var db = await contexts.CreateDbContextAsync(limit.Token))
        {
            rootId = await db.ChannelFeedMessages.Where(m => m.FeedId == feed.Id && m.CaseId == message.CaseId && m.Key == ChannelFeedMessage.CardKey)
                .Select(m => m.ActivityId).FirstOrDefaultAsync(limit.Token);
        }
        if (await cases.FindAsync(message.CaseId, limit.Token) is not { } @case || string.IsNullOrEmpty(rootId))
            return new Outcome(true, ActivityId: "", Error: "The case or its card is gone.");
        var owner = await staff.FindAsync(@case.OwnerId, limit.Token);
        var text = BreachText(@case, message, owner?.DisplayName);
        var id = await SendAsync(InThread(channel, rootId), MessageFactory.Text(text), limit.Token);
        return new Outcome(true, id ?? "");
    }

    /// <summary>The reply in the card's thread when a deadline passes unmet: which, when it was due, who holds the case.</summary>
    public static string BreachText(Case @case, ChannelFeedMessage breach, string? ownerName)
    {
        ArgumentNullException.ThrowIfNull(@case);
        ArgumentNullException.ThrowIfNull(breach);
        var name = DeadlineKinds.TryParse(breach.DeadlineKind, out var kind) ? DeadlineNames.ForStaff(kind) : breach.DeadlineKind ?? "A deadline";
        var due = breach.Due is { } at ? CardDates.Day(at) : "its due date";
        var holder = ownerName is null ? "Nobody holds the case yet: a manager can reassign it." : $"{MarkdownText.Escape(ownerName)} holds the case.";
        return $"**Deadline missed**: the {name.ToLowerInvariant()} for {@case.Reference} was due by the end of {due} and was not met. {holder}";
    }

    /// <summary>The reference of the card's thread in the channel: a reply goes there, and so does an update of the card.</summary>
    private static ConversationReference InThread(ConversationReference channel, string rootActivityId)
    {
        var thread = BotJson.Deserialize<ConversationReference>(BotJson.Serialize(channel))!;
        thread.Conversation!.Id = ChannelFeeds.ThreadConversationId(channel.Conversation!.Id!, rootActivityId);
        return thread;
    }

    private async Task<string?> SendAsync(ConversationReference to, Activity message, CancellationToken cancellationToken)
    {
        string? id = null;
        await adapter.ContinueConversationAsync(botOptions.Value.MicrosoftAppId, to,
            async (turn, ct) => id = (await turn.SendActivityAsync(message, ct))?.Id, cancellationToken);
        return id;
    }

    /// <summary>Records what a send came to, only while still holding the claim (an instance whose lease ran out cannot overwrite its successor).</summary>
    private async Task RecordAsync(ChannelFeedMessage message, Outcome outcome)
    {
        // Not cancelled with the host: a send Teams accepted is recorded, or it would be posted again.
        await using var db = await contexts.CreateDbContextAsync(CancellationToken.None);
        var at = clock.GetUtcNow();
        var mine = db.ChannelFeedMessages.Where(m => m.Id == message.Id && m.ClaimedBy == message.ClaimedBy);
        int recorded;
        if (!outcome.Done)
        {
            var wait = Options.FirstRetryDelay * Math.Pow(2, Math.Max(0, message.Attempts - 1));
            var notBefore = at + (wait < Options.MaxRetryDelay ? wait : Options.MaxRetryDelay);
            recorded = await mine.ExecuteUpdateAsync(set => set
                .SetProperty(m => m.ClaimedBy, (string?)null)
                .SetProperty(m => m.LeaseUntil, (DateTimeOffset?)null)
                .SetProperty(m => m.NotBefore, notBefore)
                .SetProperty(m => m.LastError, Shorten(outcome.Error)));
        }
        else if (message.ActivityId is null)
        {
            recorded = await mine.ExecuteUpdateAsync(set => set
                .SetProperty(m => m.ActivityId, outcome.ActivityId)
                .SetProperty(m => m.ClaimedBy, (string?)null)
                .SetProperty(m => m.LeaseUntil, (DateTimeOffset?)null)
                .SetProperty(m => m.Attempts, 0)
                .SetProperty(m => m.PostedAt, at)
                .SetProperty(m => m.ShownVersion, outcome.ShownVersion)
                .SetProperty(m => m.RecheckAt, outcome.RecheckAt)
                .SetProperty(m => m.LastError, Shorten(outcome.Error)));
        }
        else
        {
            recorded = await mine.ExecuteUpdateAsync(set => set
                .SetProperty(m => m.ClaimedBy, (string?)null)
                .SetProperty(m => m.LeaseUntil, (DateTimeOffset?)null)
                .SetProperty(m => m.Attempts, 0)
                .SetProperty(m => m.UpdatedAt, at)
                .SetProperty(m => m.ShownVersion, outcome.ShownVersion)
                .SetProperty(m => m.RecheckAt, outcome.RecheckAt)
                .SetProperty(m => m.LastError, (string?)null));
        }
        if (recorded == 0)
            logger.LogWarning("Complaints feed: the claim on {Key} of case {CaseId} ran out before its outcome was recorded; another instance holds it now.", message.Key, message.CaseId);
    }

    private static string? Shorten(string? error) => error is { Length: > 4000 } ? error[..4000] : error;
}
