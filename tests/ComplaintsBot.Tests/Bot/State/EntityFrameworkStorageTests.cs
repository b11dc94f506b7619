using ComplaintsBot.Bot.State;
using ComplaintsBot.BotFramework.Builder;
using ComplaintsBot.BotFramework.Testing;
using ComplaintsBot.Cases.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;


namespace ComplaintsBot.Tests.Bot.State;

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

    [Fact]
    public async Task Writes_committed_together_are_each_durable_and_a_stale_etag_fails_only_its_own_write()
    {
        var storage = NewStorage();
        await storage.WriteAsync(new Dictionary<string, object> { ["item"] = new Note { Text = "first" } });
        var stored = ObjectPath.ConvertValue<Note>((await storage.ReadAsync(["item"]))["item"])!;
        await storage.WriteAsync(new Dictionary<string, object> { ["item"] = new Note { Text = "second", ETag = stored.ETag } });

        // Many writers at once; one writes a new key and then the item with the ETag it had before the second
        // write, so neither of its two changes may land.
        var plain = Enumerable.Range(0, 40).Select(i => storage.WriteAsync(new Dictionary<string, object> { [$"conversation/{i}"] = new Dictionary<string, object> { ["step"] = i } })).ToList();
        var stale = storage.WriteAsync(new Dictionary<string, object> { ["conversation/stale"] = new Dictionary<string, object> { ["step"] = -1 }, ["item"] = new Note { Text = "stale", ETag = stored.ETag } });
        await Task.WhenAll(plain);
        await Assert.ThrowsAsync<StorageETagConflictException>(() => stale);

        var reread = await NewStorage().ReadAsync([.. Enumerable.Range(0, 40).Select(i => $"conversation/{i}"), "item", "conversation/stale"]);
        Assert.All(Enumerable.Range(0, 40), i => Assert.Equal(i, ObjectPath.ConvertValue<Dictionary<string, int>>(reread[$"conversation/{i}"])!["step"]));
        Assert.Equal("second", ObjectPath.ConvertValue<Note>(reread["item"])!.Text);
        Assert.False(reread.ContainsKey("conversation/stale"));
    }

    [Fact]
    public async Task A_service_provider_disposed_synchronously_closes_the_storage_it_kept_open()
    {
        var provider = new ServiceCollection().AddCaseStore(_path).AddSingleton(TimeProvider.System).AddSingleton<IStorage, EntityFrameworkStorage>().BuildServiceProvider();
        var storage = provider.GetRequiredService<IStorage>();
        await storage.WriteAsync(new Dictionary<string, object> { ["msteams/conversations/a:2"] = new Dictionary<string, object> { ["step"] = 1 } });
        _ = await storage.ReadAsync(["msteams/conversations/a:2"]);

        provider.Dispose();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => storage.ReadAsync(["msteams/conversations/a:2"]));
        var reread = await NewStorage().ReadAsync(["msteams/conversations/a:2"]);
        Assert.Equal(1, ObjectPath.ConvertValue<Dictionary<string, int>>(reread["msteams/conversations/a:2"])!["step"]);
    }

    private sealed class Note : IStoreItem
    {
        public string? Text { get; set; }

        public string? ETag { get; set; }
    }

    private EntityFrameworkStorage NewStorage() =>
        new(_services.GetRequiredService<IDbContextFactory<CasesDbContext>>(), TimeProvider.System);
}
