using ComplaintsBot.Admin;
using ComplaintsBot.Bot;
using ComplaintsBot.Bot.Proactive;
using ComplaintsBot.Workflows.LogContact;
using ComplaintsBot.BotFramework.Builder;
using ComplaintsBot.BotFramework.Dialogs;
using ComplaintsBot.BotFramework.Integration.AspNetCore;
using ComplaintsBot.BotFramework.Schema;
using ComplaintsBot.BotFramework.Testing;
using ComplaintsBot.Cases.Deadlines;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Cases.Store;
using ComplaintsBot.Dialogs;
using ComplaintsBot.Hosting;
using ComplaintsBot.Reports;
using ComplaintsBot.Workflows.CaseCard;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ComplaintsBot.Tests.Dialogs;

/// <summary>
/// The bot's dialogs under one policy, on a TestAdapter with the real case store (a temp SQLite file), the
/// real CaseService and a fake clock. The officer is Priya Shah (Teams id aad-priya).
/// </summary>
public sealed class LoggingBot : IAsyncDisposable
{
    /// <summary>Friday 18 December 2026, 10:00 London (GMT): the run-up to Christmas, with 25 and 28 December and 1 January off.</summary>
    public static readonly DateTimeOffset FridayBeforeChristmas = new(2026, 12, 18, 10, 0, 0, TimeSpan.Zero);
    public const string OfficerAadObjectId = "aad-priya";
    public const string OfficerName = "Priya Shah";

    private static readonly PolicyCatalog Catalog = PolicyCatalog.Load();
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "complaintsbot-dialog-tests", Guid.NewGuid().ToString("N"));
    private readonly ServiceProvider _services;
    private readonly PrivateConversationState _state;
    private readonly IStatePropertyAccessor<DialogState> _dialogState;
    private readonly MainDialog _main;

    private LoggingBot(string policyId, DateTimeOffset now)
    {
        Directory.CreateDirectory(_folder);
        Clock = new FailingClock(now);
        Clock.SetLocalTimeZone(TimeZoneInfo.FindSystemTimeZoneById("Europe/London"));
        Policy = Catalog.Get(policyId);

        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [CaseStoreOptions.SqlitePathKey] = Path.Combine(_folder, "cases.db") })
            .Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton(Catalog);
        services.AddSingleton(new ActivePolicy(Policy));
        services.AddSingleton<DeadlineCalculator>();
        services.AddSingleton<CaseDeadlines>();
        services.AddCaseStore(configuration);
        services.AddSingleton<IStorage, MemoryStorage>();
        services.AddSingleton<ConversationState>();
        services.AddSingleton<PrivateConversationState>();
        services.AddSingleton<ConversationReferenceStore>();
        services.AddSingleton<CaseCardView>();
        services.AddSingleton(Options.Create(new BotFrameworkOptions()));
        services.AddCaseCard();
        services.AddContactLogging();
        services.AddReports();
        services.Configure<ComplaintsBot.Reports.ReportOptions>(options => options.Homes = 2500);
        services.AddAdminCard(); // the "admin" command MainDialog answers
        ComplaintsBot.Workflows.ChannelFeed.ChannelFeedServiceCollectionExtensions.AddChannelFeedCommand(services); // and "feed"
        services.AddSingleton<MainDialog>();
        services.AddSingleton<KeepLastGoodState>();
        _services = services.BuildServiceProvider();

        var conversation = TestAdapter.CreateConversation("officer-chat", "Priya Shah");
        conversation.User = new ChannelAccount("29:priya", OfficerName, "user", OfficerAadObjectId);
        conversation.Conversation!.ConversationType = "personal";
        var state = _services.GetRequiredService<PrivateConversationState>();
        Adapter = new TestAdapter(conversation, timeProvider: Clock)
            .Use(Transcript)
            .Use(SendFaults)
            .Use(new AutoSaveStateMiddleware(state))
            .Use(new SaveBeforeSendMiddleware(state))
            .Use(new ConversationReferenceMiddleware(References))
            .Use(new FailingClock.BotRuns());
        _state = state;
        _dialogState = state.CreateProperty<DialogState>(nameof(DialogState));
        _main = _services.GetRequiredService<MainDialog>();
    }

    public FailingClock Clock { get; }

    /// <summary>Makes the bot's next send containing a text fail, as a Connector that refuses it would.</summary>
    public SendFaults SendFaults { get; } = new();
    public Policy Policy { get; }
    public TestAdapter Adapter { get; }
    public TranscriptRecorder Transcript { get; } = new();
    public CaseService Cases => _services.GetRequiredService<CaseService>();
    public ConversationReferenceStore References => _services.GetRequiredService<ConversationReferenceStore>();
    public DeadlineCalculator Deadlines => _services.GetRequiredService<DeadlineCalculator>();
    public CaseDeadlines CaseDeadlines => _services.GetRequiredService<CaseDeadlines>();
    public ComplaintsBot.Workflows.LogContact.ContactLogging Logging => _services.GetRequiredService<ComplaintsBot.Workflows.LogContact.ContactLogging>();

    public static async Task<LoggingBot> StartAsync(string policyId, DateTimeOffset? now = null)
    {
        var bot = new LoggingBot(policyId, now ?? FridayBeforeChristmas);
        await bot._services.MigrateCaseStoreAsync();
        return bot;
    }

    /// <summary>A message turn as the bot runs it: the dialogs, with a failed turn keeping the last good state.</summary>
    public Task TurnAsync(ITurnContext context, CancellationToken cancellationToken) =>
        _services.GetRequiredService<KeepLastGoodState>().RunAsync(_main, context, _state, _dialogState, cancellationToken);

    /// <summary>A person's dialog state in the chat as stored after the last turn (JSON; the officer's by default), for tests that check nothing was lost.</summary>
    public async Task<System.Text.Json.Nodes.JsonObject?> StoredStateAsync(string? userId = null)
    {
        var storage = _services.GetRequiredService<IStorage>();
        var key = $"{Adapter.Conversation.ChannelId}/conversations/{Adapter.Conversation.Conversation!.Id}/users/{userId ?? Adapter.Conversation.User!.Id}";
        var items = await storage.ReadAsync([key], CancellationToken.None);
        return items.TryGetValue(key, out var stored)
            ? System.Text.Json.Nodes.JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(stored)) as System.Text.Json.Nodes.JsonObject
            : null;
    }

    /// <summary>The officer's stored dialog state, as <see cref="RollBackAsync"/> puts it back.</summary>
    public async Task<IDictionary<string, object>> SnapshotStateAsync()
    {
        var key = $"{Adapter.Conversation.ChannelId}/conversations/{Adapter.Conversation.Conversation!.Id}/users/{Adapter.Conversation.User!.Id}";
        return await _services.GetRequiredService<IStorage>().ReadAsync([key], CancellationToken.None);
    }

    /// <summary>Puts back a snapshot: as if the host had stopped before the turns since then saved their state (a kill -9).</summary>
    public async Task RollBackAsync(IDictionary<string, object> snapshot)
    {
        var storage = _services.GetRequiredService<IStorage>();
        await storage.DeleteAsync([.. snapshot.Keys], CancellationToken.None);
        await storage.WriteAsync(snapshot, CancellationToken.None);
    }

    /// <summary>A fresh script for the officer's chat.</summary>
    public Chat Chat() => new(new TestFlow(Adapter, TurnAsync));

    public async Task<List<Case>> AllCasesAsync()
    {
        await using var db = await _services.GetRequiredService<IDbContextFactory<CasesDbContext>>().CreateDbContextAsync();
        var ids = await db.Cases.OrderBy(c => c.Id).Select(c => c.Id).ToListAsync();
        var cases = new List<Case>();
        foreach (var id in ids) cases.Add((await Cases.FindAsync(id))!);
        return cases;
    }

    public async Task<Case> OnlyCaseAsync() => Assert.Single(await AllCasesAsync());

    /// <summary>The saved case's deadlines as its timeline stands, at the fake clock's now.</summary>
    public DeadlineSet DeadlinesOf(Case @case) => Deadlines.Compute(Policy, @case.Timeline(Policy)!.Value, Clock.GetUtcNow());

    public async Task<StaffMember> AddStaffAsync(string aadObjectId, string name, int? lineManagerId = null, params string[] roles)
    {
        await using var db = await _services.GetRequiredService<IDbContextFactory<CasesDbContext>>().CreateDbContextAsync();
        var member = new StaffMember(aadObjectId, name) { Roles = [.. roles.DefaultIfEmpty(StaffRoles.Officer)], LineManagerId = lineManagerId };
        db.Staff.Add(member);
        await db.SaveChangesAsync();
        return member;
    }

    /// <summary>Saves a personal chat reference for a colleague, as if they had installed the app.</summary>
    public Task InstallAppForAsync(StaffMember member) =>
        References.SaveAsync(new Activity
        {
            Type = ActivityTypes.Message,
            ChannelId = "test",
            ServiceUrl = "https://test.com",
            From = new ChannelAccount("29:" + member.AadObjectId, member.DisplayName, "user", member.AadObjectId),
            Recipient = new ChannelAccount("bot", "Bot", "bot"),
            Conversation = new ConversationAccount(isGroup: false, id: "chat-" + member.AadObjectId, name: member.DisplayName) { ConversationType = "personal" },
        }, CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); }
        catch (IOException) { /* a leftover temp folder is harmless */ }
    }
}

/// <summary>
/// A fake clock that can be told to fail: the dialogs read it in many steps, so a test can make a dialog turn throw.
/// Only reads made while the bot runs count (<see cref="BotRuns"/>, the innermost middleware, marks them); the
/// adapter's and the middleware's own reads around the bot never fail.
/// </summary>
public sealed class FailingClock(DateTimeOffset now) : FakeTimeProvider(now)
{
    private static readonly AsyncLocal<bool> InBot = new();

    /// <summary>How many of the bot's next reads throw.</summary>
    public int FailReads { get; set; }

    public override DateTimeOffset GetUtcNow()
    {
        if (FailReads > 0 && InBot.Value)
        {
            FailReads--;
            throw new InvalidOperationException("The clock failed (a fault injected by the test).");
        }
        return base.GetUtcNow();
    }

    /// <summary>Marks the rest of the turn (the bot) as the part whose clock reads may fail; use it last.</summary>
    public sealed class BotRuns : IMiddleware
    {
        public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
        {
            InBot.Value = true;
            try { await next(cancellationToken); }
            finally { InBot.Value = false; }
        }
    }
}

/// <summary>Fails the next send whose text contains <see cref="FailNextSendContaining"/> (once), before it reaches the channel.</summary>
public sealed class SendFaults : IMiddleware
{
    public string? FailNextSendContaining { get; set; }

    public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        turnContext.OnSendActivities((context, activities, send) =>
        {
            if (FailNextSendContaining is { } text && activities.Any(a => a.Text?.Contains(text, StringComparison.Ordinal) == true))
            {
                FailNextSendContaining = null;
                throw new HttpRequestException("The Connector refused the message (a fault injected by the test).");
            }
            return send();
        });
        return next(cancellationToken);
    }
}
