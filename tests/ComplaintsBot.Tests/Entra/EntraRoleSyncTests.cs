using System.Collections.Concurrent;
using System.Text.Json;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Staff;
using ComplaintsBot.Cases.Store;
using ComplaintsBot.Entra;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Kiota.Abstractions.Authentication;

namespace ComplaintsBot.Tests.Entra;

/// <summary>
/// Roles and line managers from Entra ID through the Microsoft Graph SDK, against a loopback Graph: groups mapped to
/// roles (nested and paged), the manager, the reading cached on the staff row with an expiry, refreshed on demand,
/// and an outage falling back to the last known roles with a warning, never to more.
/// </summary>
public sealed class EntraRoleSyncTests : IAsyncLifetime
{
    private const string Olive = "11111111-0000-4000-8000-000000000001";
    private const string Tom = "11111111-0000-4000-8000-000000000002";
    private const string ManagersGroup = "22222222-0000-4000-8000-00000000000a";
    private const string ComplaintsTeamGroup = "22222222-0000-4000-8000-00000000000b";
    private const string HousingNorthGroup = "22222222-0000-4000-8000-00000000000c"; // nested in the complaints team
    private static readonly DateTimeOffset Start = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "complaintsbot-entra", Guid.NewGuid().ToString("N"));
    private readonly FakeTimeProvider _clock = new(Start);
    private readonly ConcurrentQueue<(LogLevel Level, string Message)> _log = new();
    private GraphStandIn _graph = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        _graph = await GraphStandIn.StartAsync();
        _services = await ServicesAsync(nestedGroups: true);
    }

    private async Task<ServiceProvider> ServicesAsync(bool nestedGroups)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"{EntraDirectoryOptions.SectionName}:GroupRoles:{ManagersGroup}"] = "manager",
            [$"{EntraDirectoryOptions.SectionName}:GroupRoles:{ComplaintsTeamGroup}"] = "complaints-manager",
            [$"{EntraDirectoryOptions.SectionName}:GraphBaseUrl"] = _graph.BaseUrl + "/v1.0",
            [$"{EntraDirectoryOptions.SectionName}:RefreshAfter"] = "01:00:00",
            [$"{EntraDirectoryOptions.SectionName}:NestedGroups"] = nestedGroups ? "true" : "false",
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(_clock);
        services.AddLogging(logging => logging.AddProvider(new ListLoggerProvider(_log)));
        services.AddCaseStore(Path.Combine(_folder, "cases.db"));
        services.Configure<BotFramework.Integration.AspNetCore.BotFrameworkOptions>(_ => { });
        services.Configure<EntraDirectoryOptions>(configuration.GetSection(EntraDirectoryOptions.SectionName));
        // The app's token comes from Entra ID's token endpoint in production; here, the token the stand-in expects.
        services.AddSingleton<IAccessTokenProvider>(new FixedToken(new Uri(_graph.BaseUrl).Host));
        services.AddEntraDirectory();
        var provider = services.BuildServiceProvider();
        await provider.MigrateCaseStoreAsync();
        return provider;
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _graph.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }

    private EntraRoleSync Sync => _services.GetRequiredService<EntraRoleSync>();

    private Task<StaffMember> MeetAsync(string objectId, string name) =>
        _services.GetRequiredService<StaffDirectory>().EnsureAsync(objectId, name, null);

    private async Task<StaffMember> StoredAsync(string objectId)
    {
        await using var db = await _services.GetRequiredService<IDbContextFactory<CasesDbContext>>().CreateDbContextAsync();
        return await db.Staff.AsNoTracking().Include(s => s.LineManager).SingleAsync(s => s.AadObjectId == objectId);
    }

    [Fact]
    public async Task Roles_come_from_nested_groups_on_any_page_and_the_line_manager_from_the_manager()
    {
        // 150 unrelated groups first, so the mapped ones are on the second page of 100.
        _graph.DirectGroups[Olive] = [.. Enumerable.Range(0, 150).Select(i => $"33333333-0000-4000-8000-{i:D12}"), HousingNorthGroup];
        _graph.GroupParents[HousingNorthGroup] = [ComplaintsTeamGroup];
        _graph.Managers[Olive] = (Tom, "Tom Okafor", "tom.okafor@riverside.example");
        var olive = await MeetAsync(Olive, "Olive Hart");

        var current = await Sync.CurrentAsync(olive);

        Assert.Equal([StaffRoles.ComplaintsManager], current.DirectoryRoles);
        Assert.True(current.HasRole(StaffRoles.ComplaintsManager));
        var stored = await StoredAsync(Olive);
        Assert.Equal("Tom Okafor", stored.LineManager?.DisplayName);
        Assert.Equal("tom.okafor@riverside.example", stored.LineManager?.Email);
        Assert.Equal(Start, stored.DirectorySyncedAt);
        Assert.Equal(2, _graph.CountOf("/transitiveMemberOf")); // two pages
        Assert.Equal(0, _graph.Unauthorised);
        var audit = Assert.Single(await _services.GetRequiredService<StaffAdministration>().AuditTrailAsync());
        Assert.Equal((EntraRoleSync.Actor, EntraRoleSync.SyncedAction), (audit.Actor, audit.Action));
        Assert.Equal(Tom, JsonDocument.Parse(audit.After!).RootElement.GetProperty("lineManager").GetString());
    }

    [Fact]
    public async Task Only_direct_groups_count_when_nested_groups_are_switched_off()
    {
        await _services.DisposeAsync();
        _services = await ServicesAsync(nestedGroups: false);
        _graph.DirectGroups[Olive] = [HousingNorthGroup, ManagersGroup];
        _graph.GroupParents[HousingNorthGroup] = [ComplaintsTeamGroup];

        var current = await Sync.CurrentAsync(await MeetAsync(Olive, "Olive Hart"));

        Assert.Equal([StaffRoles.Manager], current.DirectoryRoles);
        Assert.Equal(1, _graph.CountOf("/memberOf"));
        Assert.Equal(0, _graph.CountOf("/transitiveMemberOf"));
    }

    [Fact]
    public async Task The_reading_is_used_until_it_expires_then_read_again_and_a_refresh_on_demand_reads_at_once()
    {
        _graph.DirectGroups[Olive] = [ManagersGroup];
        var olive = await Sync.CurrentAsync(await MeetAsync(Olive, "Olive Hart"));
        Assert.Equal([StaffRoles.Manager], olive.DirectoryRoles);

        // Removed from the managers group in Entra ID: within the hour the cached roles stand, Graph is not asked.
        _graph.DirectGroups[Olive] = [];
        _clock.Advance(TimeSpan.FromMinutes(59));
        olive = await Sync.CurrentAsync(await StoredAsync(Olive));
        Assert.Equal([StaffRoles.Manager], olive.DirectoryRoles);
        Assert.Equal(1, _graph.CountOf("/transitiveMemberOf"));

        // An administrator refreshes: read now.
        olive = await Sync.CurrentAsync(await StoredAsync(Olive), force: true);
        Assert.Empty(olive.DirectoryRoles);
        Assert.Equal(2, _graph.CountOf("/transitiveMemberOf"));

        // Added again; after the hour the next use reads it.
        _graph.DirectGroups[Olive] = [ManagersGroup];
        _clock.Advance(TimeSpan.FromMinutes(61));
        olive = await Sync.CurrentAsync(await StoredAsync(Olive));
        Assert.Equal([StaffRoles.Manager], olive.DirectoryRoles);
        Assert.Equal([StaffRoles.Manager], (await StoredAsync(Olive)).DirectoryRoles);
    }

    [Fact]
    public async Task Someone_without_a_manager_in_Entra_ID_has_none_here()
    {
        _graph.DirectGroups[Olive] = [];
        var current = await Sync.CurrentAsync(await MeetAsync(Olive, "Olive Hart"));

        Assert.Null((await StoredAsync(Olive)).LineManagerId);
        Assert.Equal(1, _graph.CountOf("/manager"));
        Assert.Empty(current.DirectoryRoles);
    }

    [Fact]
    public async Task A_Graph_outage_keeps_the_last_known_roles_with_a_warning_and_never_grants_more()
    {
        _graph.DirectGroups[Olive] = [ManagersGroup];
        _graph.Managers[Olive] = (Tom, "Tom Okafor", "tom.okafor@riverside.example");
        await Sync.CurrentAsync(await MeetAsync(Olive, "Olive Hart"));
        var newcomer = await MeetAsync("11111111-0000-4000-8000-000000000009", "Nia New");

        await _graph.DisposeAsync(); // Graph is gone
        _clock.Advance(TimeSpan.FromHours(2));
        var olive = await Sync.CurrentAsync(await StoredAsync(Olive));
        var nia = await Sync.CurrentAsync(newcomer, force: true);

        Assert.Equal([StaffRoles.Manager], olive.DirectoryRoles); // as last read, no more
        Assert.Equal("Tom Okafor", (await StoredAsync(Olive)).LineManager?.DisplayName);
        Assert.Empty(nia.DirectoryRoles); // never read: nothing from the directory
        Assert.False(nia.HasRole(StaffRoles.Manager));
        Assert.Equal(Start, (await StoredAsync(Olive)).DirectorySyncedAt); // still due: read again once Graph is back
        var warnings = _log.Where(l => l.Level == LogLevel.Warning).Select(l => l.Message).ToList();
        Assert.Contains(warnings, w => w.Contains(Olive, StringComparison.Ordinal) && w.Contains("using the roles last read from the directory at 2026-12-07 09:00:00Z: manager", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Contains("(never read: none): none", StringComparison.Ordinal));
        _graph = await GraphStandIn.StartAsync(); // for DisposeAsync
    }

    [Fact]
    public async Task Without_a_group_mapped_the_bot_is_in_local_mode_and_never_calls_Graph()
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(_clock);
        services.AddLogging();
        services.AddCaseStore(Path.Combine(_folder, "local.db"));
        services.Configure<BotFramework.Integration.AspNetCore.BotFrameworkOptions>(_ => { });
        services.AddEntraDirectory();
        await using var provider = services.BuildServiceProvider();
        await provider.MigrateCaseStoreAsync();
        var member = await provider.GetRequiredService<StaffDirectory>().EnsureAsync(Olive, "Olive Hart", null);

        var current = await provider.GetRequiredService<EntraRoleSync>().CurrentAsync(member, force: true);

        Assert.Same(member, current);
        Assert.Empty(_graph.Requests);
    }

    private sealed class ListLoggerProvider(ConcurrentQueue<(LogLevel, string)> entries) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new ListLogger(entries);
        public void Dispose() { }

        private sealed class ListLogger(ConcurrentQueue<(LogLevel, string)> entries) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
            public bool IsEnabled(LogLevel logLevel) => true;
            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                entries.Enqueue((logLevel, formatter(state, exception)));
        }
    }
}
