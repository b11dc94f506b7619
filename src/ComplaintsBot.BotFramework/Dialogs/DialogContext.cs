using ComplaintsBot.BotFramework.Builder;

namespace ComplaintsBot.BotFramework.Dialogs;

/// <summary>
/// A dialog stack for one turn, with the SDK's operations on it. The active dialog is at index 0.
/// A ComponentDialog's inner context has the outer context as <see cref="Parent"/>.
/// </summary>
public class DialogContext
{
    public DialogContext(DialogSet dialogs, ITurnContext turnContext, DialogState state)
    {
        Dialogs = dialogs ?? throw new ArgumentNullException(nameof(dialogs));
        Context = turnContext ?? throw new ArgumentNullException(nameof(turnContext));
        ArgumentNullException.ThrowIfNull(state);
        Stack = state.DialogStack;
    }

    public DialogContext(DialogSet dialogs, DialogContext parentDialogContext, DialogState state)
        : this(dialogs, (parentDialogContext ?? throw new ArgumentNullException(nameof(parentDialogContext))).Context, state)
    {
        Parent = parentDialogContext;
    }

    public DialogSet Dialogs { get; }

    public ITurnContext Context { get; }

    /// <summary>The stack, top first. It is the persisted DialogState's list, so changes are saved.</summary>
    public List<DialogInstance> Stack { get; }

    /// <summary>The context of the ComponentDialog this stack belongs to, if any.</summary>
    public DialogContext? Parent { get; set; }

    public DialogInstance? ActiveDialog => Stack.Count > 0 ? Stack[0] : null;

    /// <summary>Pushes a dialog and begins it. The dialog is looked up here, then in the parents.</summary>
    public async Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(dialogId);
        if (options is CancellationToken) throw new ArgumentException($"{nameof(options)} cannot be a cancellation token.", nameof(options));

        var dialog = FindDialog(dialogId) ?? throw new ArgumentException(
            $"DialogContext.BeginDialogAsync(): A dialog with an id of '{dialogId}' wasn't found. The dialog must be included in the current or parent DialogSet. For example, if subclassing a ComponentDialog you can call AddDialog() within your constructor.",
            nameof(dialogId));

        Stack.Insert(0, new DialogInstance { Id = dialogId, Version = dialog.GetVersion() });
        return await dialog.BeginDialogAsync(this, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Begins a prompt; prompts require options.</summary>
    public Task<DialogTurnResult> PromptAsync(string dialogId, PromptOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        return BeginDialogAsync(dialogId, options, cancellationToken);
    }

    /// <summary>Passes the turn to the active dialog; Empty when the stack is empty.</summary>
    public async Task<DialogTurnResult> ContinueDialogAsync(CancellationToken cancellationToken = default)
    {
        var instance = ActiveDialog;
        if (instance is null) return new DialogTurnResult(DialogTurnStatus.Empty);

        var dialog = FindDialog(instance.Id) ?? throw new InvalidOperationException(
            $"Failed to continue dialog. A dialog with id '{instance.Id}' could not be found (was it renamed or removed since the conversation started?).");
        return await dialog.ContinueDialogAsync(this, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Pops the active dialog and resumes its parent with the result, or completes the stack.</summary>
    public async Task<DialogTurnResult> EndDialogAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        if (result is CancellationToken) throw new ArgumentException($"{nameof(result)} cannot be a cancellation token.", nameof(result));

        await EndActiveDialogAsync(DialogReason.EndCalled, cancellationToken).ConfigureAwait(false);

        var instance = ActiveDialog;
        if (instance is null) return new DialogTurnResult(DialogTurnStatus.Complete, result);

        var dialog = FindDialog(instance.Id) ?? throw new InvalidOperationException(
            $"DialogContext.EndDialogAsync(): Can't resume previous dialog. A dialog with an id of '{instance.Id}' wasn't found.");
        return await dialog.ResumeDialogAsync(this, DialogReason.EndCalled, result, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Ends the active dialog without resuming its parent, then begins another in its place.</summary>
    public async Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        await EndActiveDialogAsync(DialogReason.ReplaceCalled, cancellationToken).ConfigureAwait(false);
        return await BeginDialogAsync(dialogId, options, cancellationToken).ConfigureAwait(false);
    }

    public Task<DialogTurnResult> CancelAllDialogsAsync(CancellationToken cancellationToken) =>
        CancelAllDialogsAsync(false, cancellationToken);

    /// <summary>
    /// Ends every dialog on this stack with CancelCalled (a ComponentDialog cancels its own stack too). With
    /// <paramref name="cancelParents"/> the stacks of the enclosing components are cancelled as well, up to
    /// the root. Cancelled, or Empty when there was nothing to cancel.
    /// </summary>
    public async Task<DialogTurnResult> CancelAllDialogsAsync(bool cancelParents = false, CancellationToken cancellationToken = default)
    {
        if (Stack.Count == 0 && (!cancelParents || Parent is null)) return new DialogTurnResult(DialogTurnStatus.Empty);

        for (DialogContext? dc = this; dc is not null; dc = cancelParents ? dc.Parent : null)
        {
            while (dc.Stack.Count > 0) await dc.EndActiveDialogAsync(DialogReason.CancelCalled, cancellationToken).ConfigureAwait(false);
        }
        return new DialogTurnResult(DialogTurnStatus.Cancelled);
    }

    /// <summary>Asks the active dialog to send its prompt again.</summary>
    public async Task RepromptDialogAsync(CancellationToken cancellationToken = default)
    {
        var instance = ActiveDialog;
        if (instance is null) return;

        var dialog = FindDialog(instance.Id) ?? throw new InvalidOperationException(
            $"DialogContext.RepromptDialogAsync(): Can't find a dialog with an id of '{instance.Id}'.");
        await dialog.RepromptDialogAsync(Context, instance, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A dialog by id from this set, or else from the parents' sets.</summary>
    public Dialog? FindDialog(string dialogId) => Dialogs.Find(dialogId) ?? Parent?.FindDialog(dialogId);

    private async Task EndActiveDialogAsync(DialogReason reason, CancellationToken cancellationToken)
    {
        var instance = ActiveDialog;
        if (instance is null) return;

        var dialog = FindDialog(instance.Id);
        if (dialog is not null) await dialog.EndDialogAsync(Context, instance, reason, cancellationToken).ConfigureAwait(false);
        Stack.RemoveAt(0);
    }
}
