using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Cases.Store;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace ComplaintsBot.Cases.Tests.Store;

/// <summary>A real SQLite file in a folder of its own, migrated, removed afterwards; a context factory for it.</summary>
public sealed class TempSqliteStore : IDbContextFactory<CasesDbContext>, IAsyncDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "complaintsbot-store-tests", Guid.NewGuid().ToString("N"));

    private TempSqliteStore()
    {
        Directory.CreateDirectory(_folder);
        DatabasePath = Path.Combine(_folder, "cases.db");
    }

    public string DatabasePath { get; }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    public static async Task<TempSqliteStore> CreateAsync()
    {
        var store = new TempSqliteStore();
        await using var db = store.NewContext();
        await db.MigrateCaseStoreAsync();
        return store;
    }

    public CasesDbContext NewContext()
    {
        var options = new DbContextOptionsBuilder<CasesDbContext>();
        options.UseCaseStoreSqlite(DatabasePath);
        return new CasesDbContext(options.Options);
    }

    CasesDbContext IDbContextFactory<CasesDbContext>.CreateDbContext() => NewContext();

    public CaseService NewService() => new(this, new CaseReferenceAllocator(), Clock, new CaseSnapshotDescriber());

    public async Task<StaffMember> AddStaffAsync(string aadObjectId, string name, params string[] roles)
    {
        await using var db = NewContext();
        var staff = new StaffMember(aadObjectId, name, $"{aadObjectId}@landlord.example") { Roles = [.. roles] };
        db.Staff.Add(staff);
        await db.SaveChangesAsync();
        return staff;
    }

    public static CaseIntake ComplaintIntake(DateTimeOffset receivedAt, int? recordedById = null) => new()
    {
        PolicyId = "wch",
        CategoryId = "complaint",
        Kind = ContactKind.Complaint,
        Customer = Customer.Named("Ada Jones", CustomerRelationship.Tenant, "T-10042"),
        Channel = ContactChannel.Phone,
        ReceivedAt = receivedAt,
        Description = "The boiler has failed three times since October.",
        RecordedById = recordedById,
    };

    public async ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        await Task.Yield();
        try { Directory.Delete(_folder, recursive: true); }
        catch (IOException) { /* a leftover temp folder is harmless */ }
    }
}
