using ComplaintsBot.Cases.Store;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintsBot.Tests.StoreDurability;

public sealed class SqliteSynchronousTests
{
    [Theory]
    [InlineData(null, 2)]
    [InlineData("Full", 2)]
    [InlineData("normal", 1)]
    public async Task Every_store_connection_flushes_as_Store_SqliteSynchronous_says_and_by_default_on_every_commit(string? configured, long expectedPragma)
    {
        var path = Path.Combine(Path.GetTempPath(), $"synchronous-{Guid.NewGuid():N}.db");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [CaseStoreOptions.SqlitePathKey] = path,
            [CaseStoreOptions.SqliteSynchronousKey] = configured,
        }).Build();
        await using (var services = new ServiceCollection().AddCaseStore(configuration).BuildServiceProvider())
        {
            await services.MigrateCaseStoreAsync();
            var factory = services.GetRequiredService<IDbContextFactory<CasesDbContext>>();
            // Twice: the second context gets the pooled physical connection, which must keep the setting.
            for (var i = 0; i < 2; i++)
            {
                await using var db = await factory.CreateDbContextAsync();
                await db.Database.OpenConnectionAsync();
                await using var command = db.Database.GetDbConnection().CreateCommand();
                command.CommandText = "PRAGMA synchronous;";
                Assert.Equal(expectedPragma, (long)(await command.ExecuteScalarAsync())!);
            }
        }
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { path, path + "-wal", path + "-shm" }) File.Delete(file);
    }

    [Fact]
    public void An_unknown_synchronous_mode_is_refused_naming_the_setting_and_the_allowed_values()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [CaseStoreOptions.SqliteSynchronousKey] = "Off" }).Build();

        var error = Assert.Throws<InvalidOperationException>(() => CaseStoreOptions.ResolveSqliteSynchronous(configuration));

        Assert.Contains("Store:SqliteSynchronous", error.Message);
        Assert.Contains("Full or Normal", error.Message);
    }
}
