using ComplaintsBot.Cases.Deadlines;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Cases.Store;
using ComplaintsBot.Workflows.Reminders;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace ComplaintsBot.Tests.Workflows.Reminders;

/// <summary>
/// The case store and the SLA monitor's services on a SQLite file of a test's own, with a fake clock and a
/// recording sender. <see cref="StartAnotherMonitor"/> builds a second set over the same file, as a restarted
/// process or a second instance would.
/// </summary>
public sealed class ReminderTestHost : IAsyncDisposable
{
    private readonly string _folder;
    private readonly List<ServiceProvider> _providers = [];
    private readonly Action<IServiceCollection>? _configureStore;
    private readonly IReadOnlyDictionary<string, string?> _settings;

    private ReminderTestHost(DateTimeOffset start, Action<IServiceCollection>? configureStore, string? folder, IReadOnlyDictionary<string, string?>? settings = null)
    {
        _configureStore = configureStore;
        _settings = settings ?? new Dictionary<string, string?>();
        _folder = folder ?? Path.Combine(Path.GetTempPath(), "complaintsbot-reminder-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        Clock = new FakeTimeProvider(start);
        Sender = new RecordingReminderSender(Clock);
        Services = Build(Sender);
    }

    public FakeTimeProvider Clock { get; }
    public RecordingReminderSender Sender { get; }
    public IServiceProvider Services { get; }
    public SlaSweep Sweep => Services.GetRequiredService<SlaSweep>();
    public CaseService Cases => Services.GetRequiredService<CaseService>();
    public static PolicyCatalog Policies { get; } = PolicyCatalog.Load(Path.Combine(AppContext.BaseDirectory, "policies"));

    /// <param name="configureStore">Registers the store on another provider (PostgreSQL); SQLite when null.</param>
    /// <param name="settings">Reminders settings over the test defaults (Reminders:BatchSize 50, ...).</param>
    public static async Task<ReminderTestHost> CreateAsync(DateTimeOffset start, Action<IServiceCollection>? configureStore = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var host = new ReminderTestHost(start, configureStore, null, settings);
        await host.Services.MigrateCaseStoreAsync();
        return host;
    }

    /// <summary>Another monitor on the same database and clock, with a sender of its own.</summary>
    public (SlaSweep Sweep, RecordingReminderSender Sender) StartAnotherMonitor(string instanceName)
    {
        var sender = new RecordingReminderSender(Clock);
        sender.Reachable.UnionWith(Sender.Reachable);
        var services = Build(sender, instanceName);
        return (services.GetRequiredService<SlaSweep>(), sender);
    }

    private ServiceProvider Build(IReminderSender sender, string instanceName = "test-1")
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Store:SqlitePath"] = Path.Combine(_folder, "cases.db"),
            ["Reminders:InstanceName"] = instanceName,
            ["Reminders:BatchSize"] = "50",
            ["Reminders:MaxPlannedPerSweep"] = "60",
        }).AddInMemoryCollection(_settings).Build();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Critical));
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton(Policies);
        services.AddSingleton<DeadlineCalculator>();
        if (_configureStore is null) services.AddCaseStore(configuration);
        else _configureStore(services);
        services.AddSingleton(sender);
        services.AddSlaReminders(configuration);
        var provider = services.BuildServiceProvider();
        _providers.Add(provider);
        return provider;
    }

    public async Task<StaffMember> AddStaffAsync(string aadObjectId, string name, StaffMember? manager = null, params string[] roles)
    {
        var factory = Services.GetRequiredService<IDbContextFactory<CasesDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        var staff = new StaffMember(aadObjectId, name) { Roles = [.. roles], LineManagerId = manager?.Id };
        db.Staff.Add(staff);
        await db.SaveChangesAsync();
        return staff;
    }

    public async Task<Case> OpenComplaintAsync(string policyId, DateTimeOffset receivedAt, StaffMember owner)
    {
        var policy = Policies.Get(policyId);
        var intake = new CaseIntake
        {
            PolicyId = policyId,
            CategoryId = policy.Categories.First(c => c.Kind == ContactKind.Complaint).Id,
            Kind = ContactKind.Complaint,
            Customer = Customer.Named("Ada Jones", CustomerRelationship.Tenant, "T-10042"),
            Channel = ContactChannel.Phone,
            ReceivedAt = receivedAt,
            Description = "The boiler has failed three times since October.",
            RecordedById = owner.Id,
        };
        return await Cases.OpenAsync(intake, policy.ReferencePrefix, owner.AadObjectId);
    }

    public async Task<Case> AcknowledgeAsync(Case @case, StaffMember by) =>
        await Cases.ChangeAsync(@case.Id, (await Cases.FindAsync(@case.Id))!.Version, by.AadObjectId, "stage.acknowledged", c => c.Acknowledge(Clock.GetUtcNow()));

    public async Task<T> QueryAsync<T>(Func<CasesDbContext, Task<T>> query)
    {
        var factory = Services.GetRequiredService<IDbContextFactory<CasesDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        return await query(db);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var provider in _providers) await provider.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); }
        catch (IOException) { /* a leftover temp folder is harmless */ }
    }
}
