using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ComplaintsBot.Bot.Proactive;
using ComplaintsBot.BotFramework.Schema;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Store;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ComplaintsBot.BotFramework.Testing;

namespace ComplaintsBot.Tests.CardActions;

/// <summary>
/// The bot as Teams meets it: the real host (Development, local mode) on a temporary SQLite file, a fake
/// clock, and a <see cref="RecordingConnector"/> on 127.0.0.1 as the serviceUrl. Clicks are POSTed to
/// /api/messages as Teams posts Action.Execute (invoke adaptiveCard/action).
/// </summary>
public sealed class LifecycleHost : IAsyncDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "complaintsbot-lifecycle-" + Guid.NewGuid().ToString("N"));
    private readonly WebApplicationFactory<Program> _factory;
    private readonly HttpClient _client;

    private readonly bool _ownsConnector;

    /// <param name="connector">A Connector that outlives this host (a restart's second host answers in the same place); a new one when null.</param>
    public LifecycleHost(DateTimeOffset now, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? overrides = null, RecordingConnector? connector = null)
    {
        _ownsConnector = connector is null;
        Connector = connector ?? RecordingConnector.Start();
        Directory.CreateDirectory(_folder);
        Clock = new FakeTimeProvider(now);
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("Store:SqlitePath", Path.Combine(_folder, "cases.db"));
            builder.UseSetting("BotFramework:Connector:AllowLoopbackServiceUrls", "true");
            builder.UseSetting("BotFramework:Connector:MaxRetryAttempts", "0");
            foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) builder.UseSetting(key, value);
            builder.ConfigureTestServices(services =>
            {
                services.AddSingleton<TimeProvider>(Clock);
                overrides?.Invoke(services);
            });
        });
        _client = _factory.CreateClient();
    }

    public FakeTimeProvider Clock { get; }

    public RecordingConnector Connector { get; }

    public IServiceProvider Services => _factory.Services;

    public CaseService Cases => Services.GetRequiredService<CaseService>();

    /// <summary>Adds a member of staff with roles, seniority and line manager, and (if reachable) their personal chat with the bot.</summary>
    public async Task<StaffMember> StaffAsync(string name, string[] roles, StaffMember? lineManager = null, bool reachable = true)
    {
        var key = name.Split(' ')[0].ToLowerInvariant();
        var member = await Services.GetRequiredService<StaffDirectory>().EnsureAsync("aad-" + key, name, null);
        var contexts = Services.GetRequiredService<IDbContextFactory<CasesDbContext>>();
        await using (var db = await contexts.CreateDbContextAsync())
        {
            var row = await db.Staff.AsTracking().SingleAsync(s => s.Id == member.Id);
            row.Roles = [.. roles];
            row.LineManagerId = lineManager?.Id;
            await db.SaveChangesAsync();
            member = row;
        }
        if (reachable)
            await Services.GetRequiredService<ConversationReferenceStore>().SaveAsync(Activity(member, "message", null), CancellationToken.None);
        return member;
    }

    /// <summary>A complaint received now under the policy, owned by <paramref name="owner"/>.</summary>
    public Task<Case> ComplaintAsync(string policyId, string prefix, StaffMember owner) =>
        Cases.OpenAsync(new CaseIntake
        {
            PolicyId = policyId,
            CategoryId = "complaint",
            Kind = ComplaintsBot.Cases.Policies.ContactKind.Complaint,
            Customer = Customer.Named("Mrs Jo O'Neill", CustomerRelationship.Tenant),
            Channel = ContactChannel.Phone,
            ReceivedAt = Clock.GetUtcNow(),
            Description = "Damp and mould in the back bedroom, reported three times since August; repairs never came.",
            DesiredOutcome = "The mould treated and the wall fixed.",
            RecordedById = owner.Id,
            OwnerId = owner.Id,
        }, prefix, owner.AadObjectId);

    public Task<Case> ChangeAsync(Case @case, Action<Case> change) => Cases.ChangeAsync(@case.Id, @case.Version, "test-setup", "test.setup", change);

    /// <summary>Clicks an Action.Execute button as <paramref name="who"/>: returns the invoke response body ({statusCode, type, value}).</summary>
    public async Task<JsonObject> ClickAsync(StaffMember who, string verb, int caseId, int version, JsonObject? inputs = null, string replyToId = "case-card-1")
    {
        var data = new JsonObject { ["caseId"] = caseId.ToString(System.Globalization.CultureInfo.InvariantCulture), ["version"] = version };
        foreach (var (key, value) in inputs ?? []) data[key] = value?.DeepClone();
        var activity = Activity(who, "invoke", replyToId);
        activity.Name = "adaptiveCard/action";
        activity.Value = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data },
            ["trigger"] = "manual",
        };
        using var response = await _client.PostAsync(new Uri("/api/messages", UriKind.Relative), JsonContent.Create(activity, options: BotJson.Options));
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return (JsonObject)JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    /// <summary>
    /// Presses an Action.Submit as Teams sends it: a message with no text, value = the button's data merged with the
    /// inputs, every value a string. <paramref name="groupChat"/> sends it in a group chat instead of the personal one.
    /// </summary>
    public async Task SubmitAsync(StaffMember who, JsonObject value, string replyToId = "case-card-1", bool groupChat = false)
    {
        var activity = Activity(who, "message", replyToId);
        activity.Text = null;
        activity.Value = value;
        if (groupChat) activity.Conversation = new ConversationAccount { Id = "19:group-chat@thread.v2", ConversationType = "groupChat", IsGroup = true, TenantId = "tenant-1" };
        await PostAsync(activity);
    }

    /// <summary>
    /// Sends an invoke named <paramref name="name"/> (a message extension's composeExtension/*) as <paramref name="who"/>, in
    /// <paramref name="conversation"/> (their personal chat by default): the HTTP status and the JSON body.
    /// </summary>
    public async Task<(System.Net.HttpStatusCode Status, JsonObject? Body)> InvokeAsync(StaffMember who, string name, JsonObject value, ConversationAccount? conversation = null)
    {
        var activity = Activity(who, "invoke", null);
        activity.Name = name;
        activity.Value = value;
        if (conversation is not null) activity.Conversation = conversation;
        using var response = await _client.PostAsync(new Uri("/api/messages", UriKind.Relative), JsonContent.Create(activity, options: BotJson.Options));
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length > 0 ? JsonNode.Parse(text) as JsonObject : null);
    }

    /// <summary>Types a message in the personal chat.</summary>
    public async Task SayAsync(StaffMember who, string text)
    {
        var activity = Activity(who, "message", null);
        activity.Text = text;
        await PostAsync(activity);
    }

    /// <summary>
    /// Types a message in a team channel as Teams sends it: the bot's mention first, the thread's conversation id
    /// ("19:…@thread.tacv2;messageid=…"), conversationType channel, and channelData naming the team and the channel.
    /// </summary>
    public async Task SayInChannelAsync(StaffMember who, string text, string channelId, string threadRootId, string channelName = "Complaints", string teamName = "Housing Services")
    {
        var activity = Activity(who, "message", null);
        activity.Text = "<at>ComplaintsBot</at> " + text;
        activity.Entities = [BotJson.Deserialize<Entity>("""{"type":"mention","mentioned":{"id":"28:complaintsbot","name":"ComplaintsBot"},"text":"<at>ComplaintsBot</at>"}""")!];
        activity.Conversation = new ConversationAccount { Id = $"{channelId};messageid={threadRootId}", ConversationType = "channel", IsGroup = true, TenantId = "tenant-1" };
        activity.ChannelData = new JsonObject
        {
            ["teamsChannelId"] = channelId,
            ["teamsTeamId"] = "19:team-general@thread.tacv2",
            ["channel"] = new JsonObject { ["id"] = channelId, ["name"] = channelName },
            ["team"] = new JsonObject { ["id"] = "19:team-general@thread.tacv2", ["name"] = teamName },
            ["tenant"] = new JsonObject { ["id"] = "tenant-1" },
        };
        await PostAsync(activity);
    }

    private async Task PostAsync(Activity activity)
    {
        using var response = await _client.PostAsync(new Uri("/api/messages", UriKind.Relative), JsonContent.Create(activity, options: BotJson.Options));
        Assert.True(response.IsSuccessStatusCode, $"HTTP {(int)response.StatusCode}");
    }

    public Task<HttpResponseMessage> GetAsync(string path) => _client.GetAsync(new Uri(path, UriKind.Relative));

    /// <summary>GET with a bearer token, as the Teams tab sends its single sign-on token.</summary>
    public Task<HttpResponseMessage> GetAsync(string path, string bearer)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", bearer);
        return _client.SendAsync(request);
    }

    public static string PersonalChat(StaffMember who) => "a:chat-" + who.AadObjectId;

    public static string TeamsId(StaffMember who) => "29:" + who.AadObjectId;

    private Activity Activity(StaffMember who, string type, string? replyToId) => new()
    {
        Type = type,
        Id = Guid.NewGuid().ToString(),
        ChannelId = "msteams",
        ServiceUrl = Connector.ServiceUrl,
        From = new ChannelAccount { Id = TeamsId(who), Name = who.DisplayName, AadObjectId = who.AadObjectId },
        Recipient = new ChannelAccount { Id = "28:complaintsbot", Name = "ComplaintsBot" },
        Conversation = new ConversationAccount { Id = PersonalChat(who), ConversationType = "personal", TenantId = "tenant-1" },
        ReplyToId = replyToId,
        Text = type == "message" ? "hello" : null,
    };

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
        if (_ownsConnector) await Connector.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
