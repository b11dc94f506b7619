using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Cases.Store;
using ComplaintsBot.Workflows.ChannelFeed;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsBot.Tests.Workflows.ChannelFeed;

/// <summary>
/// The complaints channel feed as an administrator and the complaints team meet it in Teams: <c>feed here</c> typed in a
/// team channel (with the bot's mention, in the thread Teams opens for it), then the feed sweep posting each new
/// complaint to that channel once, as a card with only what every channel member may see.
/// </summary>
public sealed class ChannelFeedTests : IAsyncLifetime
{
    // Mon 7 Dec 2026 09:30 in London (GMT).
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 9, 30, 0, TimeSpan.Zero);

    private FeedHost _feed = null!;
    private StaffMember _admin = null!;
    private StaffMember _officer = null!;

    public async Task InitializeAsync()
    {
        _feed = FeedHost.Start(Now);
        _admin = await _feed.AdminAsync();
        _officer = await _feed.Host.StaffAsync("Olive Hart", [StaffRoles.Officer]);
    }

    public async Task DisposeAsync() => await _feed.DisposeAsync();

    private const string Thread = FeedHost.Channel + ";messageid=1765100000001";

    [Fact]
    public async Task An_administrator_typing_feed_here_in_a_channel_makes_it_the_feed_and_the_change_is_audited()
    {
        await _feed.SetFeedAsync(_admin);

        var answer = Assert.Single(_feed.Connector.Replies(Thread));
        Assert.Contains("This channel is now the complaints feed", answer.Text, StringComparison.Ordinal);
        Assert.Contains("never the customer's name", answer.Text, StringComparison.Ordinal);
        var feed = await _feed.QueryAsync(db => db.FeedChannels.SingleAsync());
        Assert.Equal(FeedHost.Channel, feed.ConversationId); // the channel, not the thread the command was typed in
        Assert.Equal(FeedChannel.IsCurrent, feed.Current);
        Assert.Equal("Complaints", feed.ChannelName);
        Assert.Equal(_admin.AadObjectId, feed.SetBy);
        var audit = await _feed.QueryAsync(db => db.AuditEntries.SingleAsync(e => e.Action == ChannelFeeds.SetAction));
        Assert.Equal(_admin.AadObjectId, audit.Actor);
        Assert.Null(audit.CaseId);
        Assert.Contains("Complaints", audit.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Someone_who_is_not_an_administrator_is_refused_and_nothing_is_set()
    {
        await _feed.Host.SayInChannelAsync(_officer, "feed here", FeedHost.Channel, "1765100000001");

        var answer = Assert.Single(_feed.Connector.Replies(Thread));
        Assert.Equal(FeedCommand.OnlyAdmins, answer.Text);
        Assert.Equal(0, await _feed.QueryAsync(db => db.FeedChannels.CountAsync()));
        Assert.Equal(0, await _feed.QueryAsync(db => db.AuditEntries.CountAsync(e => e.Action == ChannelFeeds.SetAction)));
    }

    [Fact]
    public async Task Feed_here_typed_in_a_personal_chat_says_to_type_it_in_the_channel()
    {
        await _feed.Host.SayAsync(_admin, "feed here");

        var answer = Assert.Single(_feed.Connector.Replies(CardActions.LifecycleHost.PersonalChat(_admin)));
        Assert.Equal(FeedCommand.NotInChannel, answer.Text);
        Assert.Equal(0, await _feed.QueryAsync(db => db.FeedChannels.CountAsync()));
    }

    [Fact]
    public async Task Setting_the_feed_in_another_channel_moves_it_there_and_feed_off_stops_it()
    {
        await _feed.SetFeedAsync(_admin);
        await _feed.Host.SayInChannelAsync(_admin, "feed here", "19:another@thread.tacv2", "1765100000002", channelName: "Repairs complaints");

        var moved = Assert.Single(_feed.Connector.Replies("19:another@thread.tacv2;messageid=1765100000002"));
        Assert.Contains("The feed has moved here from the channel \"Complaints\" of Housing Services", moved.Text, StringComparison.Ordinal);
        var feeds = await _feed.QueryAsync(db => db.FeedChannels.OrderBy(f => f.Id).ToListAsync());
        Assert.Equal([null, FeedChannel.IsCurrent], feeds.Select(f => f.Current));
        Assert.NotNull(feeds[0].StoppedAt);

        await _feed.Host.SayInChannelAsync(_admin, "feed off", "19:another@thread.tacv2", "1765100000003");
        var stopped = Assert.Single(_feed.Connector.Replies("19:another@thread.tacv2;messageid=1765100000003"));
        Assert.Contains("is stopped", stopped.Text, StringComparison.Ordinal);
        Assert.Equal(0, await _feed.QueryAsync(db => db.FeedChannels.CountAsync(f => f.Current != null)));
        Assert.Equal(1, await _feed.QueryAsync(db => db.AuditEntries.CountAsync(e => e.Action == ChannelFeeds.StoppedAction && e.Actor == _admin.AadObjectId)));

        // Stopped: a new complaint is not posted anywhere.
        await _feed.LogAsync(ContactKind.Complaint, _officer);
        await _feed.SweepAsync();
        Assert.Empty(_feed.Connector.Replies("19:another@thread.tacv2"));
        Assert.Empty(_feed.Posts);
    }

    [Fact]
    public async Task Each_new_complaint_is_posted_once_as_a_card_without_the_customers_details()
    {
        var before = await _feed.LogAsync(ContactKind.Complaint, _officer); // logged before the feed: not posted
        await _feed.SetFeedAsync(_admin);
        var complaint = await _feed.LogAsync(ContactKind.Complaint, _officer);

        var first = await _feed.SweepAsync();
        var second = await _feed.SweepAsync();

        Assert.Equal(1, first.Posted);
        Assert.Equal(0, second.Posted + second.Updated);
        var post = Assert.Single(_feed.Posts);
        Assert.True(post.CarriesAdaptiveCard);
        Assert.True(post.Shows(complaint.Reference.ToString()));
        Assert.False(post.Shows(before.Reference.ToString()));
        Assert.True(post.Shows("Olive Hart")); // the owner, a member of staff
        Assert.True(post.Shows("Awaiting acknowledgement"));
        // Nothing about the customer: not their name, nor what they said or want.
        Assert.False(post.Shows("O'Neill") || post.Shows("O\\u0027Neill"));
        Assert.False(post.Shows("Damp and mould"));
        Assert.False(post.Shows("The mould treated"));
        Assert.StartsWith($"Complaint {complaint.Reference} - Awaiting acknowledgement", (string?)post.Body!["summary"], StringComparison.Ordinal);
        var row = await _feed.QueryAsync(db => db.ChannelFeedMessages.SingleAsync());
        Assert.Equal(post.AnsweredId, row.ActivityId);
        Assert.Equal(complaint.Version, row.ShownVersion);
    }

    [Fact]
    public async Task A_compliment_or_a_service_request_is_not_posted()
    {
        await _feed.SetFeedAsync(_admin);
        await _feed.LogAsync(ContactKind.Compliment, _officer);
        await _feed.LogAsync(ContactKind.ServiceRequest, _officer);

        var result = await _feed.SweepAsync();

        Assert.Equal(0, result.Planned);
        Assert.Empty(_feed.Posts);
    }

    [Fact]
    public async Task While_Teams_is_down_the_complaint_is_saved_and_its_card_is_posted_once_when_Teams_is_back()
    {
        await _feed.SetFeedAsync(_admin);
        var down = true;
        _feed.Connector.OnCall = call => down && call.Path.Contains(FeedHost.Channel, StringComparison.Ordinal)
            ? throw new InvalidOperationException("Teams is down")
            : Task.CompletedTask;
        var complaint = await _feed.LogAsync(ContactKind.Complaint, _officer); // the officer's save does not wait for Teams

        var failed = await _feed.SweepAsync();
        Assert.Equal(1, failed.Failed);
        Assert.NotNull(await _feed.Host.Cases.FindAsync(complaint.Id));
        var waiting = await _feed.QueryAsync(db => db.ChannelFeedMessages.SingleAsync());
        Assert.Null(waiting.ActivityId);
        Assert.Null(waiting.ClaimedBy); // released at once, not left to the lease
        Assert.Equal(Now.AddMinutes(1), waiting.NotBefore);

        down = false;
        _feed.Connector.Clear();
        Assert.Equal(0, (await _feed.SweepAsync()).Posted); // waits for its retry time
        _feed.Host.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, (await _feed.SweepAsync()).Posted);
        await _feed.SweepAsync();
        Assert.Single(_feed.Posts);
    }

    [Fact]
    public async Task A_sweep_that_died_between_its_claim_and_its_send_leaves_the_card_to_the_next_sweep_which_posts_it_once()
    {
        await _feed.SetFeedAsync(_admin);
        var complaint = await _feed.LogAsync(ContactKind.Complaint, _officer);
        // Another process wrote the row and claimed it, then died before sending.
        await _feed.QueryAsync(async db =>
        {
            var feedId = await db.FeedChannels.Select(f => f.Id).SingleAsync();
            db.ChannelFeedMessages.Add(new ChannelFeedMessage
            {
                FeedId = feedId, CaseId = complaint.Id, Key = ChannelFeedMessage.CardKey, NotBefore = Now, CreatedAt = Now,
                ClaimedBy = "crashed-instance/1", LeaseUntil = Now.AddMinutes(2), Attempts = 1,
            });
            return await db.SaveChangesAsync();
        });

        var duringLease = await _feed.SweepAsync();
        Assert.Equal(0, duringLease.Planned + duringLease.Posted); // the row is there (unique key) and still claimed
        Assert.Empty(_feed.Posts);

        _feed.Host.Clock.Advance(TimeSpan.FromMinutes(2) + TimeSpan.FromSeconds(1));
        Assert.Equal(1, (await _feed.SweepAsync()).Posted);
        await _feed.SweepAsync();
        Assert.Single(_feed.Posts);
    }

    [Fact]
    public async Task After_a_restart_the_bot_on_the_same_database_posts_no_second_card()
    {
        await _feed.SetFeedAsync(_admin);
        var complaint = await _feed.LogAsync(ContactKind.Complaint, _officer);
        await _feed.SweepAsync();
        var post = Assert.Single(_feed.Posts);

        await _feed.RestartAsync();
        _feed.Connector.Clear();
        var afterRestart = await _feed.SweepAsync();
        var next = await _feed.LogAsync(ContactKind.Complaint, _officer);
        await _feed.SweepAsync();

        Assert.Equal(0, afterRestart.Planned + afterRestart.Posted);
        var posted = Assert.Single(_feed.Posts); // only the complaint logged after the restart
        Assert.True(posted.Shows(next.Reference.ToString()));
        Assert.False(posted.Shows(complaint.Reference.ToString()));
        Assert.Equal(2, await _feed.QueryAsync(db => db.ChannelFeedMessages.CountAsync(m => m.ActivityId != null)));
        Assert.NotEqual(post.AnsweredId, posted.AnsweredId);
    }
}
