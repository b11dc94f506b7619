using ComplaintsBot.BotFramework.Builder;
using ComplaintsBot.BotFramework.Dialogs.Choices;
using ComplaintsBot.BotFramework.Schema;

namespace ComplaintsBot.BotFramework.Dialogs;

/// <summary>
/// Asks a question and waits for an answer of type <typeparamref name="T"/>. Each answer is recognised, the
/// attempt is counted, then validated; an accepted answer ends the prompt with the value. Otherwise the retry
/// prompt is sent, unless the validator already replied, and the prompt keeps waiting.
/// </summary>
public abstract class Prompt<T> : Dialog
{
    private readonly PromptValidator<T>? _validator;

    protected Prompt(string dialogId, PromptValidator<T>? validator = null)
        : base(dialogId)
    {
        _validator = validator;
    }

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (options is not PromptOptions promptOptions)
            throw new ArgumentOutOfRangeException(nameof(options), $"Prompt '{Id}' needs PromptOptions: begin it with DialogContext.PromptAsync(\"{Id}\", new PromptOptions {{ Prompt = ... }}).");

        if (promptOptions.Prompt is not null && string.IsNullOrEmpty(promptOptions.Prompt.InputHint)) promptOptions.Prompt.InputHint = InputHints.ExpectingInput;
        if (promptOptions.RetryPrompt is not null && string.IsNullOrEmpty(promptOptions.RetryPrompt.InputHint)) promptOptions.RetryPrompt.InputHint = InputHints.ExpectingInput;

        var instanceState = dc.ActiveDialog!.State;
        var state = new Dictionary<string, object>(StringComparer.Ordinal) { [PromptStateKeys.AttemptCount] = 0 };
        instanceState[PromptStateKeys.Options] = promptOptions;
        instanceState[PromptStateKeys.State] = state;

        await OnPromptAsync(dc.Context, state, promptOptions, false, cancellationToken).ConfigureAwait(false);
        return EndOfTurn;
    }

    /// <summary>Only messages are answers; other activities leave the prompt waiting.</summary>
    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (dc.Context.Activity.Type != ActivityTypes.Message) return EndOfTurn;

        var (state, options) = ReadState(dc.ActiveDialog!);
        var recognized = await OnRecognizeAsync(dc.Context, state, options, cancellationToken).ConfigureAwait(false);

        // Counted before validating, so the validator sees 1 on the first answer.
        state[PromptStateKeys.AttemptCount] = ObjectPath.ToInt32((state.TryGetValue(PromptStateKeys.AttemptCount, out var attempts) ? attempts : null)) + 1;

        var isValid = _validator is null
            ? recognized.Succeeded
            : await _validator(new PromptValidatorContext<T>(dc.Context, recognized, state, options), cancellationToken).ConfigureAwait(false);

        if (isValid) return await dc.EndDialogAsync(recognized.Value, cancellationToken).ConfigureAwait(false);

        if (!dc.Context.Responded) await OnPromptAsync(dc.Context, state, options, true, cancellationToken).ConfigureAwait(false);
        return EndOfTurn;
    }

    /// <summary>A dialog started on top of the prompt ended: ask again and keep waiting.</summary>
    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        await RepromptDialogAsync(dc.Context, dc.ActiveDialog!, cancellationToken).ConfigureAwait(false);
        return EndOfTurn;
    }

    public override async Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var (state, options) = ReadState(instance);
        await OnPromptAsync(turnContext, state, options, false, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sends the prompt (or, on a retry, the retry prompt when there is one).</summary>
    protected abstract Task OnPromptAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, bool isRetry, CancellationToken cancellationToken = default);

    protected abstract Task<PromptRecognizerResult<T>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, CancellationToken cancellationToken = default);

    /// <summary>The prompt activity with the choices added in the given style (Auto picks one for the channel).</summary>
    protected virtual Activity AppendChoices(Activity? prompt, string? channelId, IList<Choice> choices, ListStyle style, ChoiceFactoryOptions? options = null, string? conversationType = null)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var text = prompt?.Text ?? string.Empty;
        var msg = style switch
        {
            ListStyle.Inline => ChoiceFactory.Inline(choices, text, null, options),
            ListStyle.List => ChoiceFactory.List(choices, text, null, options),
            ListStyle.SuggestedAction => ChoiceFactory.SuggestedAction(choices, text),
            ListStyle.HeroCard => ChoiceFactory.HeroCard(choices, text),
            ListStyle.None => MessageFactory.Text(text),
            _ => ChoiceFactory.ForChannel(channelId, choices, text, null, options, conversationType),
        };

        if (prompt is null)
        {
            msg.InputHint = InputHints.ExpectingInput;
            return msg;
        }

        // Work on a copy: the stored options must keep the original prompt for retries.
        var copy = BotJson.Deserialize<Activity>(BotJson.Serialize(prompt))!;
        copy.Text = msg.Text;
        if (msg.SuggestedActions?.Actions?.Count > 0) copy.SuggestedActions = msg.SuggestedActions;
        if (msg.Attachments?.Count > 0) copy.Attachments = [.. copy.Attachments ?? [], .. msg.Attachments];
        return copy;
    }

    // Options and state come back from storage as JSON after a turn boundary; keep the typed values.
    private static (IDictionary<string, object> State, PromptOptions Options) ReadState(DialogInstance instance)
    {
        var options = ObjectPath.GetTypedValue<PromptOptions>(instance.State, PromptStateKeys.Options)
            ?? throw new InvalidOperationException("The prompt's options are missing from its dialog state.");
        var state = ObjectPath.GetTypedValue<Dictionary<string, object>>(instance.State, PromptStateKeys.State)
            ?? new Dictionary<string, object>(StringComparer.Ordinal);
        instance.State[PromptStateKeys.State] = state;
        return (state, options);
    }
}
