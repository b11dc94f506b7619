using System.Text.Json;
using ComplaintsBot.BotFramework.Builder;

namespace ComplaintsBot.BotFramework.Tests.State;

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
}
