using ComplaintsBot.BotFramework.Builder;
using ComplaintsBot.BotFramework.Schema;

namespace ComplaintsBot.BotFramework.Dialogs;

/// <summary>
/// A fixed sequence of steps. Each step usually prompts; the answer arrives as the next step's Result.
/// The step index is persisted, so a restarted host continues at the right step.
/// </summary>
public class WaterfallDialog : Dialog
{
    private const string PersistedOptions = "options";
    private const string PersistedValues = "values";
    private const string PersistedInstanceId = "instanceId";
    private const string StepIndex = "stepIndex";

    private readonly List<WaterfallStep> _steps;

    public WaterfallDialog(string dialogId, IEnumerable<WaterfallStep>? steps = null)
        : base(dialogId)
    {
        _steps = steps?.ToList() ?? [];
    }

    public WaterfallDialog AddStep(WaterfallStep step)
    {
        _steps.Add(step ?? throw new ArgumentNullException(nameof(step)));
        return this;
    }

    public override string GetVersion() => $"{Id}:{_steps.Count}";

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (options is CancellationToken) throw new ArgumentException($"{nameof(options)} cannot be a cancellation token.", nameof(options));

        var state = dc.ActiveDialog!.State;
        state[PersistedOptions] = options!;
        state[PersistedValues] = new Dictionary<string, object>(StringComparer.Ordinal);
        state[PersistedInstanceId] = Guid.NewGuid().ToString();
        return await RunStepAsync(dc, 0, DialogReason.BeginCalled, null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Only a message moves a waterfall on; other activities (typing, events, invokes) leave it waiting.</summary>
    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (dc.Context.Activity.Type != ActivityTypes.Message) return EndOfTurn;
        return await ResumeDialogAsync(dc, DialogReason.ContinueCalled, dc.Context.Activity.Text, cancellationToken).ConfigureAwait(false);
    }

    public override Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        // Stored as an int, read back from JSON as a number element: convert as the SDK does.
        var stepIndex = ObjectPath.ToInt32(dc.ActiveDialog!.State[StepIndex]);
        return RunStepAsync(dc, stepIndex + 1, reason, result, cancellationToken);
    }

    /// <summary>Runs one step; override to wrap every step (logging, telemetry).</summary>
    protected virtual Task<DialogTurnResult> OnStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stepContext);
        return _steps[stepContext.Index](stepContext, cancellationToken);
    }

    private async Task<DialogTurnResult> RunStepAsync(DialogContext dc, int index, DialogReason reason, object? result, CancellationToken cancellationToken)
    {
        if (index >= _steps.Count) return await dc.EndDialogAsync(result, cancellationToken).ConfigureAwait(false);

        var state = dc.ActiveDialog!.State;
        state[StepIndex] = index;
        var values = ObjectPath.GetTypedValue<Dictionary<string, object>>(state, PersistedValues) ?? new Dictionary<string, object>(StringComparer.Ordinal);
        state[PersistedValues] = values;
        var stepContext = new WaterfallStepContext(this, dc, (state.TryGetValue(PersistedOptions, out var options) ? options : null), values, index, reason, result);
        return await OnStepAsync(stepContext, cancellationToken).ConfigureAwait(false);
    }
}
