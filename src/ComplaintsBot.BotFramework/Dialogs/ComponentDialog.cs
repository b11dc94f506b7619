using ComplaintsBot.BotFramework.Builder;

namespace ComplaintsBot.BotFramework.Dialogs;

/// <summary>
/// A dialog made of other dialogs, with its own <see cref="DialogSet"/> and its own inner stack, persisted in
/// its instance state under "dialogs"; the whole component is one entry on the outer stack. When the inner
/// stack finishes (anything but Waiting), the component ends with the inner result.
/// Override <see cref="OnContinueDialogAsync"/> to handle interruptions such as "help" and "cancel".
/// </summary>
public class ComponentDialog : Dialog
{
    public const string PersistedDialogState = "dialogs";

    public ComponentDialog(string dialogId)
        : base(dialogId)
    {
    }

    /// <summary>The dialog started when the component begins; by default the first one added.</summary>
    public string? InitialDialogId { get; set; }

    public DialogSet Dialogs { get; } = new();

    public ComponentDialog AddDialog(Dialog dialog)
    {
        Dialogs.Add(dialog);
        if (string.IsNullOrEmpty(InitialDialogId)) InitialDialogId = dialog.Id;
        return this;
    }

    public Dialog? FindDialog(string dialogId) => Dialogs.Find(dialogId);

    public override string GetVersion() => $"{Id}:{Dialogs.GetVersion()}";

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext outerDc, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(outerDc);
        var innerState = new DialogState();
        outerDc.ActiveDialog!.State[PersistedDialogState] = innerState;
        var innerDc = new DialogContext(Dialogs, outerDc, innerState);

        var turnResult = await OnBeginDialogAsync(innerDc, options, cancellationToken).ConfigureAwait(false);
        if (turnResult.Status != DialogTurnStatus.Waiting)
            return await EndComponentAsync(outerDc, turnResult.Result, cancellationToken).ConfigureAwait(false);
        return EndOfTurn;
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext outerDc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(outerDc);
        var innerDc = new DialogContext(Dialogs, outerDc, GetInnerState(outerDc.ActiveDialog!));

        var turnResult = await OnContinueDialogAsync(innerDc, cancellationToken).ConfigureAwait(false);
        if (turnResult.Status != DialogTurnStatus.Waiting)
            return await EndComponentAsync(outerDc, turnResult.Result, cancellationToken).ConfigureAwait(false);
        return EndOfTurn;
    }

    /// <summary>A dialog pushed on top of the component ended: ask the inner dialog's question again.</summary>
    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext outerDc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(outerDc);
        await RepromptDialogAsync(outerDc.Context, outerDc.ActiveDialog!, cancellationToken).ConfigureAwait(false);
        return EndOfTurn;
    }

    public override async Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var innerDc = new DialogContext(Dialogs, turnContext, GetInnerState(instance));
        await innerDc.RepromptDialogAsync(cancellationToken).ConfigureAwait(false);
        await OnRepromptDialogAsync(turnContext, instance, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>When the component is cancelled, its inner dialogs are cancelled too.</summary>
    public override async Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(instance);
        if (reason == DialogReason.CancelCalled)
        {
            var innerDc = new DialogContext(Dialogs, turnContext, GetInnerState(instance));
            await innerDc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
        }
        await OnEndDialogAsync(turnContext, instance, reason, cancellationToken).ConfigureAwait(false);
    }

    protected virtual Task<DialogTurnResult> OnBeginDialogAsync(DialogContext innerDc, object? options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        if (string.IsNullOrEmpty(InitialDialogId))
            throw new InvalidOperationException($"ComponentDialog '{Id}' has no dialogs: call AddDialog() in its constructor.");
        return innerDc.BeginDialogAsync(InitialDialogId, options, cancellationToken);
    }

    /// <summary>The place for interruptions: inspect the message, then call base to continue the inner stack.</summary>
    protected virtual Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        return innerDc.ContinueDialogAsync(cancellationToken);
    }

    protected virtual Task OnEndDialogAsync(ITurnContext context, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default) => Task.CompletedTask;

    protected virtual Task OnRepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default) => Task.CompletedTask;

    /// <summary>Ends the component on the outer stack with the inner result.</summary>
    protected virtual Task<DialogTurnResult> EndComponentAsync(DialogContext outerDc, object? result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outerDc);
        return outerDc.EndDialogAsync(result, cancellationToken);
    }

    // After a turn boundary the inner stack is JSON; convert it and put the typed stack back so changes are saved.
    private static DialogState GetInnerState(DialogInstance instance)
    {
        var state = ObjectPath.GetTypedValue<DialogState>(instance.State, PersistedDialogState);
        if (state is not null) return state;
        state = new DialogState();
        instance.State[PersistedDialogState] = state;
        return state;
    }
}
