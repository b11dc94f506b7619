using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Cases.Store;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintsBot.Cases.Tests.Store;

public sealed class CaseStoreRegistrationTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "complaintsbot-store-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task On_first_start_the_store_creates_its_folder_and_file_and_migrates_it()
    {
        var path = Path.Combine(_folder, "data", "complaintsbot.db");
        await using var services = new ServiceCollection().AddCaseStore(path).BuildServiceProvider();

        await services.MigrateCaseStoreAsync();

        Assert.True(File.Exists(path));
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CasesDbContext>();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public async Task The_registered_case_service_opens_cases_in_the_configured_file()
    {
        var path = Path.Combine(_folder, "complaintsbot.db");
        await using var services = new ServiceCollection().AddCaseStore(path).BuildServiceProvider();
        await services.MigrateCaseStoreAsync();

        await using (var scope = services.CreateAsyncScope())
        {
            var service = scope.ServiceProvider.GetRequiredService<CaseService>();
            await service.OpenAsync(TempSqliteStore.ComplaintIntake(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero)), "WCH", "aad-officer");
        }

        var factory = services.GetRequiredService<IDbContextFactory<CasesDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        Assert.Equal(new CaseReference("WCH", 2026, 1), await db.Cases.Select(c => c.Reference).SingleAsync());
    }

    [Fact]
    public async Task The_audit_trail_records_deadlines_when_the_host_registers_its_policies()
    {
        var path = Path.Combine(_folder, "complaintsbot.db");
        await using var withPolicies = new ServiceCollection().AddSingleton(PolicyCatalog.Load()).AddCaseStore(path).BuildServiceProvider();
        await using var without = new ServiceCollection().AddCaseStore(path).BuildServiceProvider();

        Assert.IsType<CaseDeadlineDescriber>(withPolicies.GetRequiredService<ICaseAuditDescriber>());
        Assert.IsType<CaseSnapshotDescriber>(without.GetRequiredService<ICaseAuditDescriber>());
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }
}
