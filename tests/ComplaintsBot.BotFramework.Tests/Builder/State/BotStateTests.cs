using ComplaintsBot.BotFramework.Builder;
using ComplaintsBot.BotFramework.Schema;
using ComplaintsBot.BotFramework.Testing;

namespace ComplaintsBot.BotFramework.Tests.Builder.State;

public class BotStateTests
{
    public sealed record Profile(string Name, int Visits);

    private static TurnContext Turn(TestAdapter adapter, string text = "hi")
    {
        var activity = adapter.MakeActivity(text);
        activity.Id = "1";
        return new TurnContext(adapter, activity);
    }

    [Fact]
    public async Task Conversation_state_is_stored_under_channel_and_conversation_id()
    {
        var storage = new MemoryStorage();
        var state = new ConversationState(storage);
        var turn = Turn(new TestAdapter());
        await state.CreateProperty<string>("p").SetAsync(turn, "v");
        await state.SaveChangesAsync(turn);

        Assert.True((await storage.ReadAsync(["test/conversations/Conversation1"])).ContainsKey("test/conversations/Conversation1"));
    }

    [Fact]
    public async Task User_state_is_stored_under_channel_and_user_id()
    {
        var storage = new MemoryStorage();
        var state = new UserState(storage);
        var turn = Turn(new TestAdapter());
        await state.CreateProperty<string>("p").SetAsync(turn, "v");
        await state.SaveChangesAsync(turn);

        Assert.True((await storage.ReadAsync(["test/users/user1"])).ContainsKey("test/users/user1"));
    }

    [Fact]
    public async Task State_is_read_from_storage_once_per_turn()
    {
        var storage = new CountingStorage();
        var state = new ConversationState(storage);
        var turn = Turn(new TestAdapter());
        var a = state.CreateProperty<string>("a");
        var b = state.CreateProperty<string>("b");

        await a.GetAsync(turn);
        await b.GetAsync(turn);
        await state.LoadAsync(turn);

        Assert.Equal(1, storage.Reads);
    }

    [Fact]
    public async Task Save_writes_only_when_the_state_changed_unless_forced()
    {
        var storage = new CountingStorage();
        var state = new ConversationState(storage);
        var turn = Turn(new TestAdapter());
        var name = state.CreateProperty<string>("name");

        await name.SetAsync(turn, "Ann");
        await state.SaveChangesAsync(turn);
        await state.SaveChangesAsync(turn);
        Assert.Equal(1, storage.Writes);

        await state.SaveChangesAsync(turn, force: true);
        Assert.Equal(2, storage.Writes);
    }

    [Fact]
    public async Task A_record_comes_back_typed_in_the_next_turn_and_changes_to_it_are_saved()
    {
        var storage = new MemoryStorage();
        var adapter = new TestAdapter();
        var state = new ConversationState(storage);
        var profile = state.CreateProperty<Profile>("profile");
        var visits = state.CreateProperty<List<string>>("visits");

        var first = Turn(adapter);
        await profile.SetAsync(first, new Profile("Ann", 1));
        (await visits.GetAsync(first, () => [])).Add("one");
        await state.SaveChangesAsync(first);

        var second = Turn(adapter);
        Assert.Equal(new Profile("Ann", 1), await profile.GetAsync(second));
        (await visits.GetAsync(second)).Add("two");
        await state.SaveChangesAsync(second);

        Assert.Equal(["one", "two"], await visits.GetAsync(Turn(adapter)));
    }

    [Fact]
    public async Task A_missing_property_is_the_factory_value_or_default()
    {
        var state = new ConversationState(new MemoryStorage());
        var turn = Turn(new TestAdapter());

        Assert.Null(await state.CreateProperty<Profile>("none").GetAsync(turn));
        Assert.Equal(0, await state.CreateProperty<int>("count").GetAsync(turn));
        Assert.Equal("made", await state.CreateProperty<string>("made").GetAsync(turn, () => "made"));
        Assert.Equal("made", await state.CreateProperty<string>("made").GetAsync(turn));
    }

    [Fact]
    public async Task Clear_state_empties_it_and_forces_the_next_save()
    {
        var storage = new CountingStorage();
        var adapter = new TestAdapter();
        var state = new ConversationState(storage);
        var name = state.CreateProperty<string>("name");
        var first = Turn(adapter);
        await name.SetAsync(first, "Ann");
        await state.SaveChangesAsync(first);

        var second = Turn(adapter);
        await state.ClearStateAsync(second);
        await state.SaveChangesAsync(second);

        Assert.Equal(2, storage.Writes);
        Assert.Null(await name.GetAsync(Turn(adapter)));
    }

    [Fact]
    public async Task Delete_removes_the_state_from_storage()
    {
        var storage = new MemoryStorage();
        var adapter = new TestAdapter();
        var state = new ConversationState(storage);
        var first = Turn(adapter);
        await state.CreateProperty<string>("name").SetAsync(first, "Ann");
        await state.SaveChangesAsync(first);

        await state.DeleteAsync(Turn(adapter));

        Assert.Empty(await storage.ReadAsync(["test/conversations/Conversation1"]));
    }

    [Fact]
    public async Task Auto_save_writes_every_changed_state_in_one_write_at_the_end_of_the_turn()
    {
        var storage = new CountingStorage();
        var conversationState = new ConversationState(storage);
        var userState = new UserState(storage);
        var counter = conversationState.CreateProperty<int>("counter");
        var seen = userState.CreateProperty<int>("seen");
        var adapter = new TestAdapter().Use(new AutoSaveStateMiddleware(conversationState, userState));

        await new TestFlow(adapter, async (turn, ct) =>
            {
                for (var i = 0; i < 3; i++) await counter.SetAsync(turn, await counter.GetAsync(turn, () => 0, ct) + 1, ct);
                await seen.SetAsync(turn, 1, ct);
                await turn.SendActivityAsync($"counter {await counter.GetAsync(turn, null, ct)}", cancellationToken: ct);
            })
            .Test("a", "counter 3")
            .StartTestAsync();

        Assert.Equal(1, storage.Writes);
        Assert.Equal(["test/conversations/Conversation1", "test/users/user1"], storage.WrittenKeys.Single().Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_turn_that_throws_saves_nothing()
    {
        var storage = new CountingStorage();
        var conversationState = new ConversationState(storage);
        var counter = conversationState.CreateProperty<int>("counter");
        var adapter = new TestAdapter().Use(new AutoSaveStateMiddleware(conversationState));

        await Assert.ThrowsAsync<InvalidOperationException>(() => new TestFlow(adapter, async (turn, ct) =>
            {
                await counter.SetAsync(turn, 1, ct);
                throw new InvalidOperationException("boom");
            })
            .Send("a")
            .StartTestAsync());

        Assert.Equal(0, storage.Writes);
    }
}
