using ComplaintsBot.BotFramework.Builder;
using ComplaintsBot.BotFramework.Dialogs;
using ComplaintsBot.BotFramework.Schema;

namespace ComplaintsBot.BotFramework.Testing;

/// <summary>
/// Drives one dialog turn by turn and exposes its last <see cref="DialogTurnResult"/> (the SDK's
/// Microsoft.Bot.Builder.Testing.DialogTestClient). State is saved after every turn, so each turn reads
/// the stack back from JSON as a real host would.
/// </summary>
public class DialogTestClient
{
    private readonly BotCallbackHandler _callback;

    public DialogTestClient(string channelId, Dialog targetDialog, object? initialDialogOptions = null, IEnumerable<IMiddleware>? middlewares = null, ConversationState? conversationState = null)
        : this(new TestAdapter(channelId), targetDialog, initialDialogOptions, middlewares, conversationState)
    {
    }

    public DialogTestClient(TestAdapter testAdapter, Dialog targetDialog, object? initialDialogOptions = null, IEnumerable<IMiddleware>? middlewares = null, ConversationState? conversationState = null)
    {
        ArgumentNullException.ThrowIfNull(targetDialog);
        Adapter = testAdapter ?? throw new ArgumentNullException(nameof(testAdapter));
        ConversationState = conversationState ?? new ConversationState(new MemoryStorage());
        Adapter.Use(new AutoSaveStateMiddleware(ConversationState));
        foreach (var middleware in middlewares ?? []) Adapter.Use(middleware);

        var dialogState = ConversationState.CreateProperty<DialogState>("DialogState");
        _callback = async (turnContext, cancellationToken) =>
        {
            var dialogs = new DialogSet(dialogState).Add(targetDialog);
            var dc = await dialogs.CreateContextAsync(turnContext, cancellationToken).ConfigureAwait(false);
            DialogTurnResult = await dc.ContinueDialogAsync(cancellationToken).ConfigureAwait(false);
            if (DialogTurnResult.Status == DialogTurnStatus.Empty)
                DialogTurnResult = await dc.BeginDialogAsync(targetDialog.Id, initialDialogOptions, cancellationToken).ConfigureAwait(false);
        };
    }

    public TestAdapter Adapter { get; }

    public ConversationState ConversationState { get; }

    /// <summary>The result of the last turn (status, and the dialog's result once it completed).</summary>
    public DialogTurnResult DialogTurnResult { get; private set; } = new(DialogTurnStatus.Empty);

    /// <summary>Sends the user's text and returns the bot's first reply (or null when it sent none).</summary>
    public virtual Task<T?> SendActivityAsync<T>(string text, CancellationToken cancellationToken = default)
        where T : Activity =>
        SendActivityAsync<T>(Adapter.MakeActivity(text), cancellationToken);

    public virtual async Task<T?> SendActivityAsync<T>(Activity activity, CancellationToken cancellationToken = default)
        where T : Activity
    {
        await Adapter.ProcessActivityAsync(activity, _callback, cancellationToken).ConfigureAwait(false);
        return GetNextReply<T>();
    }

    /// <summary>The next reply not yet read, or null.</summary>
    public T? GetNextReply<T>()
        where T : Activity => (T?)Adapter.GetNextReply();
}
