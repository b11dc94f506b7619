using ComplaintsBot.BotFramework.Testing;
using ComplaintsBot.Cases.Deadlines;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Store;
using ComplaintsBot.Tests.CardActions;
using ComplaintsBot.Tests.Workflows.Reminders;
using ComplaintsBot.Workflows.ChannelFeed;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintsBot.Tests.Workflows.ChannelFeed;

/// <summary>
/// Two instances of the bot (two hosts, each with its own feed sweep) on one PostgreSQL database, as behind a load
/// balancer, both sweeping at the same moments through a week and a half of a complaint's life: each complaint is posted
/// to the channel once, each missed deadline told once in its thread, and every card ends up showing its case as it is.
/// </summary>
public sealed class ChannelFeedTwoInstanceTests(PostgreSqlServer server) : IClassFixture<PostgreSqlServer>
{
    // Mon 7 Dec 2026 09:30 in London (GMT).
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 9, 30, 0, TimeSpan.Zero);

    private static Dictionary<string, string?> Settings(string connection, string instance) => new()
    {
        [CaseStoreOptions.ProviderKey] = "PostgreSql",
        [$"ConnectionStrings:{CaseStoreOptions.ConnectionStringName}"] = connection,
        ["ChannelFeed:Enabled"] = "false",
        ["ChannelFeed:InstanceName"] = instance,
    };

    [Fact]
    public async Task Two_bots_on_one_PostgreSQL_database_sweeping_at_the_same_moments_post_each_complaint_once_and_each_breach_once()
    {
        var connection = await server.CreateDatabaseAsync();
        await using var connector = await RecordingConnector.StartAsync();
        await using var first = new LifecycleHost(Now, Settings(connection, "bot-1"), connector: connector);
        var admin = await first.StaffAsync("Ada Admin", [StaffRoles.Admin]);
        var officer = await first.StaffAsync("Olive Hart", [StaffRoles.Officer]);
        await using var second = new LifecycleHost(Now, Settings(connection, "bot-2"), connector: connector);
        await first.SayInChannelAsync(admin, "feed here", FeedHost.Channel, "1765100000001");
        // Teams answering in 20 ms, not at once: each sweep is still sending while the other lists and claims.
        connector.OnCall = _ => Task.Delay(20);

        var complaints = new List<Case>();
        for (var i = 0; i < 12; i++) complaints.Add(await (i % 2 == 0 ? first : second).ComplaintAsync("hoc-2024", "HOC", officer));
        var sweeps = new[] { first, second }.Select(h => h.Services.GetRequiredService<FeedSweep>()).ToArray();
        var deadlines = first.Services.GetRequiredService<CaseDeadlines>();
        var acknowledgementDue = deadlines.Now(complaints[0], deadlines.PolicyOf(complaints[0])).Find(DeadlineKind.Stage1Acknowledge)!.Value.Due;

        // Every six hours for ten days, both sweep at once; on the first day half the complaints are acknowledged in time.
        for (var at = Now; at <= Now.AddDays(10); at = at.AddHours(6))
        {
            first.Clock.SetUtcNow(at);
            second.Clock.SetUtcNow(at);
            await Task.WhenAll(sweeps.Select(sweep => Task.Run(() => sweep.RunOnceAsync())));
            if (at == Now.AddHours(6))
            {
                for (var i = 0; i < complaints.Count; i += 2)
                    complaints[i] = await first.ChangeAsync(complaints[i], c => c.Acknowledge(at));
            }
        }

        var posts = connector.Replies(FeedHost.Channel);
        Assert.Equal(complaints.Count, posts.Count);
        foreach (var complaint in complaints)
            Assert.Single(posts, p => p.Shows(complaint.Reference.ToString()));
        Assert.True(Now.AddDays(10) > acknowledgementDue);
        for (var i = 0; i < complaints.Count; i++)
        {
            var cardId = posts.Single(p => p.Shows(complaints[i].Reference.ToString())).AnsweredId;
            var replies = connector.Replies($"{FeedHost.Channel};messageid={cardId}");
            // The acknowledged ones missed nothing; the others missed their acknowledgement, told once.
            Assert.Equal(i % 2 == 0 ? 0 : 1, replies.Count(r => r.Text!.Contains("acknowledgement", StringComparison.Ordinal)));
            var last = connector.Updates.Where(u => u.Path.EndsWith("/activities/" + cardId, StringComparison.Ordinal)).ToList();
            Assert.NotEmpty(last);
            Assert.Contains(i % 2 == 0 ? "Acknowledged, awaiting response" : "Overdue", last[^1].Attachments, StringComparison.Ordinal);
        }
        await using var db = await first.Services.GetRequiredService<IDbContextFactory<CasesDbContext>>().CreateDbContextAsync();
        var rows = await db.ChannelFeedMessages.AsNoTracking().ToListAsync();
        Assert.All(rows, r => Assert.False(string.IsNullOrEmpty(r.ActivityId)));
        Assert.All(rows, r => Assert.Null(r.ClaimedBy));
        Assert.Equal(complaints.Count + complaints.Count / 2, rows.Count);
    }
}
