using ComplaintsBot.BotFramework.Builder;

namespace ComplaintsBot.BotFramework.Dialogs;

/// <summary>
/// The dialogs that can be started by id. The root set is bound to a state property that holds the
/// conversation's <see cref="DialogState"/>; a ComponentDialog's set is not.
/// </summary>
public class DialogSet
{
    private readonly IStatePropertyAccessor<DialogState>? _dialogState;
    private readonly Dictionary<string, Dialog> _dialogs = new(StringComparer.Ordinal);

    public DialogSet(IStatePropertyAccessor<DialogState> dialogState)
    {
        _dialogState = dialogState ?? throw new ArgumentNullException(nameof(dialogState), "DialogSet needs the accessor of the conversation's DialogState.");
    }

    /// <summary>A set not bound to state, for a ComponentDialog.</summary>
    public DialogSet()
    {
    }

    /// <summary>
    /// Adds a dialog. Unlike the SDK, which silently renames a duplicate id, a second dialog with the same id
    /// is refused: it could never be started by that id.
    /// </summary>
    public DialogSet Add(Dialog dialog)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        if (_dialogs.TryGetValue(dialog.Id, out var existing))
        {
            if (ReferenceEquals(existing, dialog)) return this;
            throw new ArgumentException($"DialogSet.Add(): a different dialog with the id '{dialog.Id}' is already in the set. Give each dialog a unique id.", nameof(dialog));
        }
        _dialogs.Add(dialog.Id, dialog);
        return this;
    }

    /// <summary>Loads the conversation's dialog stack (or a new empty one) and wraps it in a context.</summary>
    public async Task<DialogContext> CreateContextAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (_dialogState is null)
            throw new InvalidOperationException("DialogSet.CreateContextAsync(): this DialogSet was created without a state property accessor.");

        var state = await _dialogState.GetAsync(turnContext, () => new DialogState(), cancellationToken).ConfigureAwait(false);
        return new DialogContext(this, turnContext, state);
    }

    public Dialog? Find(string dialogId)
    {
        ArgumentException.ThrowIfNullOrEmpty(dialogId);
        return _dialogs.GetValueOrDefault(dialogId);
    }

    public IEnumerable<Dialog> GetDialogs() => _dialogs.Values;

    public string GetVersion() => string.Join(";", _dialogs.Values.Select(d => d.GetVersion()));
}
