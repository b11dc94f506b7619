using ComplaintsBot.BotFramework.Builder;

namespace ComplaintsBot.BotFramework.Dialogs;

/// <summary>What a validator sees. <see cref="AttemptCount"/> is already 1 on the first answer.</summary>
public class PromptValidatorContext<T>
{
    public PromptValidatorContext(ITurnContext turnContext, PromptRecognizerResult<T> recognized, IDictionary<string, object> state, PromptOptions options)
    {
        Context = turnContext;
        Recognized = recognized;
        State = state;
        Options = options;
    }

    public ITurnContext Context { get; }

    public PromptRecognizerResult<T> Recognized { get; }

    public PromptOptions Options { get; }

    /// <summary>The prompt's persisted state (AttemptCount and anything the validator keeps).</summary>
    public IDictionary<string, object> State { get; }

    /// <summary>How many answers have been given to this prompt, this one included.</summary>
    public int AttemptCount => State.TryGetValue(PromptStateKeys.AttemptCount, out var attempts) ? ObjectPath.ToInt32(attempts) : 0;
}
