using System.Text.Json;
using ComplaintsBot.BotFramework.Builder;
using ComplaintsBot.BotFramework.Testing;

namespace ComplaintsBot.BotFramework.Tests.Builder.State;

public class MemoryStorageTests
{
    private sealed class Note : IStoreItem
    {
        public string? Text { get; set; }
        public string? ETag { get; set; }
    }

    [Fact]
    public async Task Writing_with_a_stale_etag_throws_a_conflict_and_leaves_the_stored_value()
    {
        var storage = new MemoryStorage();
        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = new Note { Text = "first" } });
        var read = (await storage.ReadAsync<Note>(["k"]))["k"];

        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = new Note { Text = "second", ETag = read.ETag } });
        var stale = new Note { Text = "third", ETag = read.ETag };

        var conflict = await Assert.ThrowsAsync<StorageETagConflictException>(
            () => storage.WriteAsync(new Dictionary<string, object> { ["k"] = stale }));
        Assert.IsAssignableFrom<ArgumentException>(conflict);
        Assert.Equal("second", (await storage.ReadAsync<Note>(["k"]))["k"].Text);
    }

    [Theory]
    [InlineData("*")]
    [InlineData(null)]
    public async Task Writing_with_star_or_no_etag_overwrites_unconditionally(string? eTag)
    {
        var storage = new MemoryStorage();
        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = new Note { Text = "first" } });
        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = new Note { Text = "second" } });

        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = new Note { Text = "forced", ETag = eTag } });

        Assert.Equal("forced", (await storage.ReadAsync<Note>(["k"]))["k"].Text);
    }

    [Fact]
    public async Task Every_write_gives_the_item_a_new_etag()
    {
        var storage = new MemoryStorage();
        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = new Note { Text = "a" } });
        var first = (await storage.ReadAsync<Note>(["k"]))["k"].ETag;
        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = new Note { Text = "b", ETag = first } });
        var second = (await storage.ReadAsync<Note>(["k"]))["k"].ETag;

        Assert.False(string.IsNullOrEmpty(first));
        Assert.NotEqual(first, second);
    }

    [Fact]
    public async Task A_conflict_in_one_item_of_a_batch_writes_none_of_the_batch()
    {
        var storage = new MemoryStorage();
        await storage.WriteAsync(new Dictionary<string, object> { ["a"] = new Note { Text = "a1" } });
        await storage.WriteAsync(new Dictionary<string, object> { ["a"] = new Note { Text = "a2" } });

        await Assert.ThrowsAsync<StorageETagConflictException>(() => storage.WriteAsync(new Dictionary<string, object>
        {
            ["b"] = new Note { Text = "b1" },
            ["a"] = new Note { Text = "a3", ETag = "no-such-etag" },
        }));

        Assert.False((await storage.ReadAsync(["b"])).ContainsKey("b"));
    }

    [Fact]
    public async Task Values_come_back_as_json_not_as_the_object_that_was_written()
    {
        var storage = new MemoryStorage();
        var written = new Dictionary<string, object> { ["count"] = 1 };
        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = written });
        written["count"] = 2;

        var read = (await storage.ReadAsync(["k"]))["k"];

        var element = Assert.IsType<JsonElement>(read);
        Assert.Equal(1, element.GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task Missing_keys_are_absent_and_deleted_keys_are_gone()
    {
        var storage = new MemoryStorage();
        await storage.WriteAsync(new Dictionary<string, object> { ["a"] = "x", ["b"] = "y" });

        await storage.DeleteAsync(["a"]);
        var read = await storage.ReadAsync(["a", "b", "c"]);

        Assert.Equal(["b"], read.Keys);
    }

    [Fact]
    public Task Memory_storage_keeps_every_rule_of_the_storage_contract() =>
        StorageContract.VerifyAsync(() => new MemoryStorage());

    [Fact]
    public async Task The_storage_contract_names_the_rule_a_store_breaks()
    {
        var error = await Assert.ThrowsAsync<TestFlowAssertionException>(() => StorageContract.VerifyAsync(() => new IgnoresETags()));

        Assert.Contains("stale ETag", error.Message);
    }

    /// <summary>A store that forgets optimistic concurrency: the contract must catch it.</summary>
    private sealed class IgnoresETags : IStorage
    {
        private readonly Dictionary<string, string> _json = [];
        private int _eTag;

        public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default) =>
            Task.FromResult<IDictionary<string, object>>(keys.Where(_json.ContainsKey).ToDictionary(k => k, k => (object)StorageJson.Deserialize(_json[k])));

        public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
        {
            foreach (var (key, value) in changes) _json[key] = StorageJson.Serialize(value, (++_eTag).ToString());
            return Task.CompletedTask;
        }

        public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
        {
            foreach (var key in keys) _json.Remove(key);
            return Task.CompletedTask;
        }
    }
}
