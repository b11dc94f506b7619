using ComplaintsBot.BotFramework.Testing;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Cases.Store;
using ComplaintsBot.Tests.CardActions;
using ComplaintsBot.Workflows.ChannelFeed;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintsBot.Tests.Workflows.ChannelFeed;

/// <summary>
/// The bot as Teams meets it (<see cref="LifecycleHost"/>) with the feed monitor off, so a test runs each sweep itself
/// (<see cref="SweepAsync"/>), on a SQLite file in a folder of the test's own that outlives the host: a second host on
/// the same file is the bot after a restart.
/// </summary>
public sealed class FeedHost : IAsyncDisposable
{
    public const string Channel = "19:complaints-feed@thread.tacv2";

    private FeedHost(RecordingConnector connector, string folder, DateTimeOffset now)
    {
        Connector = connector;
        Folder = folder;
        Host = NewHost(now);
    }

    public LifecycleHost Host { get; private set; }
    public string Folder { get; }
    /// <summary>Teams' Connector: the same one across a restart, as Teams is.</summary>
    public RecordingConnector Connector { get; }
    public IServiceProvider Services => Host.Services;

    public static FeedHost Start(DateTimeOffset now, string? folder = null)
    {
        folder ??= Path.Combine(Path.GetTempPath(), "complaintsbot-feed-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return new FeedHost(RecordingConnector.Start(), folder, now);
    }

    private LifecycleHost NewHost(DateTimeOffset now) => new(now, new Dictionary<string, string?>
    {
        ["Store:SqlitePath"] = Path.Combine(Folder, "cases.db"),
        ["ChannelFeed:Enabled"] = "false",
        ["ChannelFeed:InstanceName"] = "feed-test",
    }, connector: Connector);

    /// <summary>Stops this host and starts another on the same database (and clock time), as a restarted bot.</summary>
    public async Task RestartAsync()
    {
        var now = Host.Clock.GetUtcNow();
        await Host.DisposeAsync();
        Host = NewHost(now);
    }

    public Task<FeedSweepResult> SweepAsync() => Services.GetRequiredService<FeedSweep>().RunOnceAsync();

    /// <summary>The messages the bot posted to the feed channel itself (new threads: one per complaint).</summary>
    public IReadOnlyList<ConnectorCall> Posts => Connector.Replies(Channel);

    /// <summary>The replies in the thread of the message <paramref name="rootId"/>.</summary>
    public IReadOnlyList<ConnectorCall> ThreadReplies(string rootId) => Connector.Replies($"{Channel};messageid={rootId}");

    /// <summary>The in-place updates of the message <paramref name="rootId"/> (PUT on its id).</summary>
    public IReadOnlyList<ConnectorCall> UpdatesOf(string rootId) =>
        [.. Connector.Updates.Where(u => u.Path.EndsWith("/activities/" + rootId, StringComparison.Ordinal))];

    public async Task<StaffMember> AdminAsync() => await Host.StaffAsync("Ada Admin", [StaffRoles.Admin]);

    public Task SetFeedAsync(StaffMember admin, string channel = Channel) => Host.SayInChannelAsync(admin, "feed here", channel, "1765100000001");

    public async Task<Case> LogAsync(ContactKind kind, StaffMember owner)
    {
        if (kind == ContactKind.Complaint) return await Host.ComplaintAsync("hoc-2024", "HOC", owner);
        return await Host.Cases.OpenAsync(new CaseIntake
        {
            PolicyId = "hoc-2024",
            CategoryId = kind == ContactKind.Compliment ? "compliment" : "service-request",
            Kind = kind,
            Customer = Customer.Named("Mr Sam Okafor", CustomerRelationship.Tenant),
            Channel = ContactChannel.Email,
            ReceivedAt = Host.Clock.GetUtcNow(),
            Description = kind == ContactKind.Compliment ? "Thanks to the repairs team for a quick fix." : "Please fix the gate latch.",
            RecordedById = owner.Id,
            OwnerId = owner.Id,
        }, "HOC", owner.AadObjectId);
    }

    public async Task<T> QueryAsync<T>(Func<CasesDbContext, Task<T>> query)
    {
        var contexts = Services.GetRequiredService<IDbContextFactory<CasesDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        return await query(db);
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await Connector.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }
}
