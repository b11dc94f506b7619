using ComplaintsBot.Cases.Deadlines;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Cases.Rules;
using ComplaintsBot.Cases.Store;
using ComplaintsBot.Cases.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ComplaintsBot.Tests.Workflows.SubjectAccess;

/// <summary>
/// A throwaway SQLite store with the customers the privacy tests ask about. Ann Able (T-100) has three cases under two
/// policies: a hoc-2024 complaint (answered and closed, represented by her MP, naming her neighbour Bob Brown), a
/// hoc-2024 service request, and a wch complaint. Bob Brown (T-200) has one hoc-2024 complaint. Two people called Cara
/// Cole live at T-300 and T-301. Olive Officer logs everything; Max Manager is a manager.
/// </summary>
public sealed class CustomerRecords : IAsyncDisposable
{
    public const string OfficerId = "aad-olive";
    public const string ManagerId = "aad-max";
    public const string AdminId = "aad-ada";
    public static readonly DateTimeOffset Start = LondonTime.AtLondon(new DateOnly(2026, 11, 2), new TimeOnly(9, 0));

    private readonly ServiceProvider _services;

    private CustomerRecords(string folder, ServiceProvider services, FakeTimeProvider clock)
    {
        Folder = folder;
        _services = services;
        Clock = clock;
    }

    public string Folder { get; }
    public string DatabasePath => Path.Combine(Folder, "cases.db");
    public FakeTimeProvider Clock { get; }
    public IServiceProvider Services => _services;
    public CaseService Cases => _services.GetRequiredService<CaseService>();
    public StaffMember Officer { get; private set; } = null!;
    public StaffMember Manager { get; private set; } = null!;
    public StaffMember Admin { get; private set; } = null!;
    public Case AnnComplaint { get; private set; } = null!;
    public Case AnnServiceRequest { get; private set; } = null!;
    public Case AnnWchComplaint { get; private set; } = null!;
    public Case BobComplaint { get; private set; } = null!;

    public IDbContextFactory<CasesDbContext> Contexts => _services.GetRequiredService<IDbContextFactory<CasesDbContext>>();

    public static IOptions<CaseAccessOptions> Access => Options.Create(new CaseAccessOptions());

    public static async Task<CustomerRecords> CreateAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "complaintsbot-privacy-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var clock = new FakeTimeProvider(Start);
        var collection = new ServiceCollection();
        collection.AddSingleton<TimeProvider>(clock);
        collection.AddSingleton(PolicyCatalog.Load());
        collection.AddSingleton<DeadlineCalculator>();
        collection.AddSingleton(provider => new ActivePolicy(provider.GetRequiredService<PolicyCatalog>().Default));
        collection.AddSingleton<CaseDeadlines>();
        collection.AddCaseStore(Path.Combine(folder, "cases.db"));
        var records = new CustomerRecords(folder, collection.BuildServiceProvider(), clock);
        await records._services.MigrateCaseStoreAsync();
        await records.SeedAsync();
        return records;
    }

    private async Task SeedAsync()
    {
        var staff = _services.GetRequiredService<StaffDirectory>();
        Officer = await staff.EnsureAsync(OfficerId, "Olive Officer", "olive@landlord.example");
        Manager = await WithRoles(await staff.EnsureAsync(ManagerId, "Max Manager", "max@landlord.example"), StaffRoles.Manager);
        Admin = await WithRoles(await staff.EnsureAsync(AdminId, "Ada Admin", "ada@landlord.example"), StaffRoles.Admin);
        Officer = await WithRoles(Officer, StaffRoles.Officer);

        AnnComplaint = await OpenAsync("hoc-2024", "complaint", ContactKind.Complaint, "Ann Able", "T-100",
            "Damp in the bedroom since the summer; my neighbour Bob Brown has the same.", representative: new Representative("Rita Rep MP", RepresentativeKind.MemberOfParliament, consentRecorded: true));
        await ChangeAsync(AnnComplaint, c => c.Acknowledge(At(1)));
        await ChangeAsync(AnnComplaint, c => c.RecordContact(At(2), ContactChannel.Phone, Officer.Id, "Spoke to Ann; Olive Officer booked the damp survey."));
        await ChangeAsync(AnnComplaint, c => c.RecordResponse(new StageResponse(At(5), StageOutcome.Upheld, "The survey found rising damp.", "Damp course booked", 75m, null)));
        AnnComplaint = await ChangeAsync(AnnComplaint, c => c.Close(At(6), "Survey damp reports within a week"));
        AnnServiceRequest = await OpenAsync("hoc-2024", "service-request", ContactKind.ServiceRequest, "Ann Able", "T-100", "Asked for a new bin.");
        AnnWchComplaint = await OpenAsync("wch", "complaint", ContactKind.Complaint, "ann able", "t-100", "The repair to the gutter was left unfinished.");
        BobComplaint = await OpenAsync("hoc-2024", "complaint", ContactKind.Complaint, "Bob Brown", "T-200", "Bob's own damp: mould on the kitchen wall.");
        await OpenAsync("hoc-2024", "complaint", ContactKind.Complaint, "Cara Cole", "T-300", "Noise from the flat above.");
        await OpenAsync("hoc-2024", "complaint", ContactKind.Complaint, "Cara Cole", "T-301", "A different Cara: the lift is broken.");
    }

    public static DateTimeOffset At(int workingDaysAfterStart) =>
        LondonTime.AtLondon(WorkingDayCalendar.EnglandAndWales.AddWorkingDays(LondonTime.DateOf(Start), workingDaysAfterStart), new TimeOnly(10, 0));

    public async Task<Case> OpenAsync(string policyId, string category, ContactKind kind, string name, string tenancy, string description, Representative? representative = null)
    {
        Clock.Advance(TimeSpan.FromMinutes(1));
        return await Cases.OpenAsync(new CaseIntake
        {
            PolicyId = policyId,
            CategoryId = category,
            Kind = kind,
            Customer = Customer.Named(name, CustomerRelationship.Tenant, tenancy) with { Tenure = CustomerTenure.LowCostRental },
            Representative = representative,
            Channel = ContactChannel.Phone,
            ReceivedAt = Clock.GetUtcNow(),
            Description = description,
            ServiceArea = "Repairs",
            Theme = "Damp",
            RecordedById = Officer.Id,
        }, policyId == "wch" ? "WCH" : "HOC", OfficerId);
    }

    public async Task<Case> ChangeAsync(Case @case, Action<Case> change, string action = "test")
    {
        var current = await Cases.FindAsync(@case.Id) ?? throw new InvalidOperationException($"case {@case.Id} vanished");
        return await Cases.ChangeAsync(current.Id, current.Version, OfficerId, action, change);
    }

    private async Task<StaffMember> WithRoles(StaffMember member, params string[] roles)
    {
        await using var db = await Contexts.CreateDbContextAsync();
        var stored = await db.Staff.AsTracking().SingleAsync(s => s.Id == member.Id);
        stored.Roles = [.. roles];
        await db.SaveChangesAsync();
        return stored;
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }
}
