using ComplaintsBot.Bot.State;
using ComplaintsBot.BotFramework.Builder;
using ComplaintsBot.BotFramework.Testing;
using ComplaintsBot.Cases.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintsBot.Tests.BotState;

public sealed class EntityFrameworkStorageTests : IAsyncLifetime
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"efstorage-{Guid.NewGuid():N}.db");
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _services = new ServiceCollection().AddCaseStore(_path).BuildServiceProvider();
        await _services.MigrateCaseStoreAsync();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" }) File.Delete(file);
    }

    [Fact]
    public Task The_database_storage_keeps_every_rule_of_the_storage_contract() =>
        StorageContract.VerifyAsync(() =>
        {
            using (var db = _services.GetRequiredService<IDbContextFactory<CasesDbContext>>().CreateDbContext())
                db.BotState.ExecuteDelete();
            return NewStorage();
        });

    [Fact]
    public async Task Conversation_state_written_by_one_storage_is_read_back_by_another_as_after_a_restart()
    {
        await NewStorage().WriteAsync(new Dictionary<string, object> { ["msteams/conversations/a:1"] = new Dictionary<string, object> { ["step"] = 3 } });
        await NewStorage().WriteAsync(new Dictionary<string, object> { ["msteams/conversations/a:1"] = new Dictionary<string, object> { ["step"] = 4 } });

        var read = await NewStorage().ReadAsync(["msteams/conversations/a:1"]);

        var state = ObjectPath.ConvertValue<Dictionary<string, int>>(read["msteams/conversations/a:1"])!;
        Assert.Equal(4, state["step"]);
    }

    private EntityFrameworkStorage NewStorage() =>
        new(_services.GetRequiredService<IDbContextFactory<CasesDbContext>>(), TimeProvider.System);
}
