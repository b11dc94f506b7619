using ComplaintsBot.BotFramework.Builder;

namespace ComplaintsBot.BotFramework.Dialogs;

/// <summary>
/// What a waterfall step sees: the options the waterfall began with, the values the steps share, the
/// previous step's result, and <see cref="NextAsync"/> to go straight on to the next step.
/// Options and values come back from storage as JSON in later turns: read them with
/// <see cref="GetOptions{T}"/> and <see cref="GetValue{T}"/>.
/// </summary>
public class WaterfallStepContext : DialogContext
{
    private readonly WaterfallDialog _parentWaterfall;
    private bool _nextCalled;

    internal WaterfallStepContext(WaterfallDialog parentWaterfall, DialogContext dc, object? options, IDictionary<string, object> values, int index, DialogReason reason, object? result)
        : base(dc.Dialogs, dc.Context, new DialogState(dc.Stack))
    {
        _parentWaterfall = parentWaterfall;
        Parent = dc.Parent;
        Options = options;
        Values = values;
        Index = index;
        Reason = reason;
        Result = result;
    }

    public int Index { get; }

    public object? Options { get; }

    public DialogReason Reason { get; }

    /// <summary>The previous step's result: a prompt's answer, a child dialog's result, or the message text.</summary>
    public object? Result { get; }

    /// <summary>Values shared by the steps of this waterfall instance, persisted with it.</summary>
    public IDictionary<string, object> Values { get; }

    /// <summary>The options as <typeparamref name="T"/>, whether still a CLR object or read back from JSON.</summary>
    public T? GetOptions<T>() => ObjectPath.ConvertValue<T>(Options);

    /// <summary>A shared value as <typeparamref name="T"/> (stored back typed, so changes to it are saved).</summary>
    public T? GetValue<T>(string key) => ObjectPath.GetTypedValue<T>(Values, key);

    /// <summary>Runs the next step now with <paramref name="result"/>. Only once per step.</summary>
    public async Task<DialogTurnResult> NextAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        if (result is CancellationToken) throw new ArgumentException($"{nameof(result)} cannot be a cancellation token.", nameof(result));
        if (_nextCalled)
            throw new InvalidOperationException($"WaterfallStepContext.NextAsync(): method already called for dialog and step '{_parentWaterfall.Id}[{Index}]'.");

        _nextCalled = true;
        return await _parentWaterfall.ResumeDialogAsync(this, DialogReason.NextCalled, result, cancellationToken).ConfigureAwait(false);
    }
}
