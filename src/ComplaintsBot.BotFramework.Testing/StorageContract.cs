using System.Text.Json;
using ComplaintsBot.BotFramework.Builder;

namespace ComplaintsBot.BotFramework.Testing;

/// <summary>
/// The rules every <see cref="IStorage"/> must keep, as one check a store's own tests can call, e.g.
/// <c>await StorageContract.VerifyAsync(() => new EfBotStateStorage(newDbContext()))</c>. Each rule runs on a
/// fresh, empty storage; the first broken rule throws <see cref="TestFlowAssertionException"/> naming it.
/// </summary>
public static class StorageContract
{
    private sealed class Item : IStoreItem
    {
        public string? Text { get; set; }
        public string? ETag { get; set; }
    }

    private sealed record Person(string Name, int Age);

    public static async Task VerifyAsync(Func<IStorage> createEmptyStorage)
    {
        ArgumentNullException.ThrowIfNull(createEmptyStorage);

        await Rule("keys not stored are absent from a read", createEmptyStorage, async storage =>
        {
            await storage.WriteAsync(new Dictionary<string, object> { ["a"] = "x" });
            var read = await storage.ReadAsync(["a", "missing"]);
            Check(read.ContainsKey("a") && !read.ContainsKey("missing"), $"read returned keys [{string.Join(", ", read.Keys)}]");
        });

        await Rule("values come back as JSON equal to what was written, unaffected by later changes to the written object", createEmptyStorage, async storage =>
        {
            var state = new Dictionary<string, object> { ["person"] = new Person("Ann", 40), ["list"] = new List<string> { "one" } };
            await storage.WriteAsync(new Dictionary<string, object> { ["k"] = state });
            state["person"] = new Person("Bob", 1);
            var read = ObjectPath.ConvertValue<Dictionary<string, JsonElement>>((await storage.ReadAsync(["k"]))["k"])!;
            Check(read["person"].Deserialize<Person>(StorageJson.Options) == new Person("Ann", 40), $"person read back as {read["person"]}");
            Check(read["list"][0].GetString() == "one", $"list read back as {read["list"]}");
        });

        await Rule("a store item gets an ETag on write and a new one on every write", createEmptyStorage, async storage =>
        {
            await storage.WriteAsync(new Dictionary<string, object> { ["k"] = new Item { Text = "1" } });
            var first = (await storage.ReadAsync<Item>(["k"]))["k"].ETag;
            await storage.WriteAsync(new Dictionary<string, object> { ["k"] = new Item { Text = "2", ETag = first } });
            var second = (await storage.ReadAsync<Item>(["k"]))["k"].ETag;
            Check(!string.IsNullOrEmpty(first) && !string.IsNullOrEmpty(second) && first != second, $"ETags were '{first}' then '{second}'");
        });

        await Rule("a write with a stale ETag throws StorageETagConflictException and changes nothing", createEmptyStorage, async storage =>
        {
            await storage.WriteAsync(new Dictionary<string, object> { ["k"] = new Item { Text = "1" } });
            var stale = (await storage.ReadAsync<Item>(["k"]))["k"].ETag;
            await storage.WriteAsync(new Dictionary<string, object> { ["k"] = new Item { Text = "2", ETag = stale } });
            var threw = false;
            try
            {
                await storage.WriteAsync(new Dictionary<string, object> { ["k"] = new Item { Text = "3", ETag = stale }, ["other"] = new Item { Text = "x" } });
            }
            catch (StorageETagConflictException)
            {
                threw = true;
            }
            Check(threw, "no conflict was thrown");
            Check((await storage.ReadAsync<Item>(["k"]))["k"].Text == "2", "the stale write changed the item");
            Check(!(await storage.ReadAsync(["other"])).ContainsKey("other"), "the rest of the conflicting batch was written");
        });

        await Rule("ETag \"*\" or null overwrites unconditionally", createEmptyStorage, async storage =>
        {
            await storage.WriteAsync(new Dictionary<string, object> { ["k"] = new Item { Text = "1" } });
            await storage.WriteAsync(new Dictionary<string, object> { ["k"] = new Item { Text = "2", ETag = "*" } });
            await storage.WriteAsync(new Dictionary<string, object> { ["k"] = new Item { Text = "3", ETag = null } });
            Check((await storage.ReadAsync<Item>(["k"]))["k"].Text == "3", "the unconditional writes did not both apply");
        });

        await Rule("plain values (bot state) are last-writer-wins", createEmptyStorage, async storage =>
        {
            await storage.WriteAsync(new Dictionary<string, object> { ["k"] = new Dictionary<string, object> { ["v"] = 1 } });
            await storage.WriteAsync(new Dictionary<string, object> { ["k"] = new Dictionary<string, object> { ["v"] = 2 } });
            var read = (JsonElement)(await storage.ReadAsync(["k"]))["k"];
            Check(read.GetProperty("v").GetInt32() == 2, $"read back {read}");
        });

        await Rule("delete removes keys and ignores missing ones", createEmptyStorage, async storage =>
        {
            await storage.WriteAsync(new Dictionary<string, object> { ["a"] = "x", ["b"] = "y" });
            await storage.DeleteAsync(["a", "never-written"]);
            var read = await storage.ReadAsync(["a", "b"]);
            Check(!read.ContainsKey("a") && read.ContainsKey("b"), $"after delete the keys were [{string.Join(", ", read.Keys)}]");
        });
    }

    private static async Task Rule(string rule, Func<IStorage> createEmptyStorage, Func<IStorage, Task> check)
    {
        try
        {
            await check(createEmptyStorage()).ConfigureAwait(false);
        }
        catch (TestFlowAssertionException failure)
        {
            throw new TestFlowAssertionException($"Storage rule broken: {rule}: {failure.Message}", failure);
        }
        catch (Exception error) when (error is not TestFlowAssertionException)
        {
            throw new TestFlowAssertionException($"Storage rule broken: {rule}: {error.GetType().Name}: {error.Message}", error);
        }
    }

    private static void Check(bool condition, string failure)
    {
        if (!condition) throw new TestFlowAssertionException(failure);
    }
}
