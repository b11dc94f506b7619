using ComplaintsBot.BotFramework.Builder;
using ComplaintsBot.BotFramework.Dialogs;
using ComplaintsBot.BotFramework.Schema;
using ComplaintsBot.BotFramework.Testing;
using Microsoft.Extensions.Time.Testing;

namespace ComplaintsBot.BotFramework.Tests.Dialogs;

/// <summary>
/// One bot host as Program.cs would wire it: storage, ConversationState, the adapter with auto-save and the
/// redelivery guard, and a root dialog run each turn. A second host over the same storage is a restart.
/// </summary>
public sealed class DialogHost
{
    public DialogHost(Dialog root, IStorage? storage = null, ConversationReference? conversation = null, TimeProvider? timeProvider = null)
    {
        Root = root;
        Storage = storage ?? new MemoryStorage();
        ConversationState = new ConversationState(Storage);
        DialogState = ConversationState.CreateProperty<DialogState>("DialogState");
        // A fixed clock, so no dialog test depends on today's date.
        Adapter = new TestAdapter(conversation ?? TestAdapter.CreateConversation("Conversation1"), timeProvider: timeProvider ?? new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 10, 15, 0, TimeSpan.Zero)))
            .Use(new AutoSaveStateMiddleware(ConversationState))
            .Use(new RedeliveryGuardMiddleware(ConversationState));
    }

    public Dialog Root { get; }
    public IStorage Storage { get; }
    public ConversationState ConversationState { get; }
    public IStatePropertyAccessor<DialogState> DialogState { get; }
    public TestAdapter Adapter { get; }

    public TestFlow Flow() => new(Adapter, (turn, ct) => Root.RunAsync(turn, DialogState, ct));

    /// <summary>The conversation's stored dialog stack, read as a restarted host would read it.</summary>
    public async Task<DialogState> StoredDialogStateAsync()
    {
        var key = $"{Adapter.Conversation.ChannelId}/conversations/{Adapter.Conversation.Conversation!.Id}";
        var stored = await Storage.ReadAsync([key]);
        if (!stored.TryGetValue(key, out var state)) return new DialogState();
        var properties = ObjectPath.ConvertValue<Dictionary<string, object>>(state)!;
        return properties.TryGetValue("DialogState", out var dialogState) ? ObjectPath.ConvertValue<DialogState>(dialogState)! : new DialogState();
    }

    public static Activity CardSubmit(object value) => new()
    {
        Type = ActivityTypes.Message,
        Value = System.Text.Json.JsonSerializer.SerializeToNode(value, BotJson.Options),
    };
}
