using ComplaintsBot.Bot.State;
using ComplaintsBot.BotFramework.Builder;
using ComplaintsBot.BotFramework.Testing;
using ComplaintsBot.Cases.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

using ComplaintsBot.Tests.Hosting;

namespace ComplaintsBot.Tests.Bot.State;

/// <summary>The bot's IStorage on a real SQLite file, as the host uses it.</summary>
public sealed class EntityFrameworkStorageFileTests : IDisposable
{
    private readonly TempFolder _data = new();
    private readonly List<ServiceProvider> _providers = [];

    private sealed class Note : IStoreItem
    {
        public string? Text { get; set; }
        public string? ETag { get; set; }
    }

    [Fact]
    public async Task Keeps_the_storage_contract_on_a_sqlite_file()
    {
        var files = 0;
        await StorageContract.VerifyAsync(() => OpenStorage(Path.Combine(_data.Path, $"contract-{files++}.db")));
    }

    [Fact]
    public async Task Two_instances_on_one_file_a_write_with_a_stale_etag_conflicts_and_changes_nothing()
    {
        var file = Path.Combine(_data.Path, "shared.db");
        var first = OpenStorage(file);
        var second = OpenStorage(file);
        await first.WriteAsync(new Dictionary<string, object> { ["conversation"] = new Note { Text = "step 1" } });
        var readByFirst = (Note)ToNote((await first.ReadAsync(["conversation"]))["conversation"]);
        var readBySecond = (Note)ToNote((await second.ReadAsync(["conversation"]))["conversation"]);

        await first.WriteAsync(new Dictionary<string, object> { ["conversation"] = new Note { Text = "step 2 by first", ETag = readByFirst.ETag } });
        var conflict = second.WriteAsync(new Dictionary<string, object> { ["conversation"] = new Note { Text = "step 2 by second", ETag = readBySecond.ETag } });

        await Assert.ThrowsAsync<StorageETagConflictException>(() => conflict);
        Assert.Equal("step 2 by first", ToNote((await second.ReadAsync(["conversation"]))["conversation"]).Text);
    }

    [Fact]
    public async Task A_write_with_etag_star_from_another_instance_overwrites()
    {
        var file = Path.Combine(_data.Path, "shared.db");
        var first = OpenStorage(file);
        var second = OpenStorage(file);

        await first.WriteAsync(new Dictionary<string, object> { ["conversation"] = new Note { Text = "first", ETag = null } });
        await second.WriteAsync(new Dictionary<string, object> { ["conversation"] = new Note { Text = "second, any etag", ETag = "*" } });

        Assert.Equal("second, any etag", ToNote((await first.ReadAsync(["conversation"]))["conversation"]).Text);
    }

    [Fact]
    public async Task Plain_bot_state_written_at_once_by_two_instances_is_last_writer_wins_without_a_conflict()
    {
        // UserState is keyed per user, so two conversations of one user (or two instances) can save it at the same moment.
        var file = Path.Combine(_data.Path, "shared.db");
        var instances = new[] { OpenStorage(file), OpenStorage(file) };

        var writes = Enumerable.Range(0, 40).Select(i => Task.Run(() => instances[i % 2].WriteAsync(
            new Dictionary<string, object> { ["msteams/users/29:1alex"] = new Dictionary<string, object> { ["turn"] = i } })));
        await Task.WhenAll(writes);

        var stored = ObjectPath.ConvertValue<Dictionary<string, int>>((await instances[0].ReadAsync(["msteams/users/29:1alex"]))["msteams/users/29:1alex"])!;
        Assert.InRange(stored["turn"], 0, 39);
    }

    private static Note ToNote(object stored) => ObjectPath.ConvertValue<Note>(stored)!;

    private IStorage OpenStorage(string file)
    {
        var services = new ServiceCollection().AddCaseStore(file);
        var provider = services.BuildServiceProvider();
        _providers.Add(provider);
        provider.MigrateCaseStoreAsync().GetAwaiter().GetResult();
        return new EntityFrameworkStorage(provider.GetRequiredService<IDbContextFactory<CasesDbContext>>(), TimeProvider.System);
    }

    public void Dispose()
    {
        foreach (var provider in _providers) provider.Dispose();
        _data.Dispose();
    }
}
