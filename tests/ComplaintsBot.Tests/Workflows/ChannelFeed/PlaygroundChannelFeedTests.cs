using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Cases.Store;
using ComplaintsBot.Tests.EndToEnd;
using ComplaintsBot.Tests.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace ComplaintsBot.Tests.Workflows.ChannelFeed;

/// <summary>
/// The complaints feed in the Microsoft 365 Agents Playground, which (0.2.28) has team channels: its person, an
/// administrator here, types "@Test Bot feed here" as a new post in the General channel, in headless Chromium. The bot
/// (its feed monitor sweeping every second) then posts a complaint logged with its acknowledgement already overdue as a
/// card in the channel, replies the breach in the card's thread, and changes the card in place once it is acknowledged.
/// </summary>
[Trait("Category", "EndToEnd")]
public sealed class PlaygroundChannelFeedTests(ITestOutputHelper output)
{
    /// <summary>The Playground's person with its default configuration (Alex Wilber).</summary>
    private const string PlaygroundPersonAadObjectId = "00000000-0000-0000-0000-0000000000020";

    [Fact]
    public async Task In_the_agents_playground_an_administrator_sets_the_feed_in_a_channel_and_a_complaint_is_posted_replied_and_updated_in_place()
    {
        using var data = new TempFolder();
        await using var host = new BotHost(data.Path, new Dictionary<string, string> { ["ChannelFeed:SweepInterval"] = "00:00:01" });
        var endpoint = host.StartOnLoopback();
        var directory = host.Services.GetRequiredService<StaffDirectory>();
        var admin = await directory.EnsureAsync(PlaygroundPersonAadObjectId, "Alex Wilber", null);
        var officer = await directory.EnsureAsync("aad-olive", "Olive Hart", null);
        var contexts = host.Services.GetRequiredService<IDbContextFactory<CasesDbContext>>();
        await using (var db = await contexts.CreateDbContextAsync())
        {
            (await db.Staff.AsTracking().SingleAsync(s => s.Id == admin.Id)).Roles = [StaffRoles.Admin];
            (await db.Staff.AsTracking().SingleAsync(s => s.Id == officer.Id)).Roles = [StaffRoles.Officer];
            await db.SaveChangesAsync();
        }

        var script = PlaygroundRun.RunScriptAsync("playground-channel-feed.mjs", "--bot", endpoint, "--timeout", "200000");
        // What the complaints team does meanwhile: once the feed is set, a complaint is logged three weeks after it was
        // received (its acknowledgement missed); once the breach is told, it is acknowledged.
        var cases = host.Services.GetRequiredService<CaseService>();
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(200));
        await Until(async db => await db.FeedChannels.AnyAsync(f => f.Current != null), contexts, script, cancel.Token);
        var complaint = await cases.OpenAsync(new CaseIntake
        {
            PolicyId = "hoc-2024",
            CategoryId = "complaint",
            Kind = ContactKind.Complaint,
            Customer = Customer.Named("Mrs Jo O'Neill", CustomerRelationship.Tenant),
            Channel = ContactChannel.Phone,
            ReceivedAt = DateTimeOffset.UtcNow.AddDays(-21),
            Description = "Damp and mould in the back bedroom, reported three times since August.",
            RecordedById = officer.Id,
            OwnerId = officer.Id,
        }, "HOC", officer.AadObjectId);
        await Until(async db => await db.ChannelFeedMessages.AnyAsync(m => m.CaseId == complaint.Id && m.DeadlineKind != null && m.ActivityId != null), contexts, script, cancel.Token);
        await cases.ChangeAsync(complaint.Id, complaint.Version, officer.AadObjectId, CaseAuditActions.Acknowledged, c => c.Acknowledge(DateTimeOffset.UtcNow));

        var result = await script;
        output.WriteLine(result.ToJsonString());
        Assert.True((bool?)result["ok"] == true, result.ToJsonString());
        Assert.Contains("complaints feed", (string?)result["answer"], StringComparison.Ordinal);
        Assert.Contains($"Complaint {complaint.Reference}", (string?)result["card"], StringComparison.Ordinal);
        Assert.DoesNotContain("O'Neill", (string?)result["card"], StringComparison.Ordinal);
        Assert.Contains(complaint.Reference.ToString(), (string?)result["breach"], StringComparison.Ordinal);
        Assert.Contains($"Complaint {complaint.Reference}", (string?)result["updatedCard"], StringComparison.Ordinal);
        Assert.Equal(1, (int?)result["cards"]);
    }

    /// <summary>Waits until the store shows <paramref name="condition"/>, or the Playground script has ended (it failed: its result says why).</summary>
    private static async Task Until(Func<CasesDbContext, Task<bool>> condition, IDbContextFactory<CasesDbContext> contexts, Task script, CancellationToken cancellationToken)
    {
        while (!script.IsCompleted)
        {
            await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
            {
                if (await condition(db)) return;
            }
            await Task.Delay(200, cancellationToken);
        }
    }
}
