using ComplaintsBot.BotFramework.Builder;
using ComplaintsBot.BotFramework.Dialogs.Choices;
using ComplaintsBot.BotFramework.Schema;

namespace ComplaintsBot.BotFramework.Dialogs;

/// <summary>
/// Offers <see cref="PromptOptions.Choices"/> and returns the <see cref="FoundChoice"/>. Answers are matched by
/// value, title or synonym (any case), by number, or by an unambiguous prefix of 3+ letters; a card submit whose value names
/// one of the choices is accepted too.
/// </summary>
public class ChoicePrompt(string dialogId, PromptValidator<FoundChoice>? validator = null, string? defaultLocale = null)
    : Prompt<FoundChoice>(dialogId, validator)
{
    public ListStyle Style { get; set; } = ListStyle.Auto;

    public string? DefaultLocale { get; set; } = defaultLocale;

    public ChoiceFactoryOptions? ChoiceOptions { get; set; }

    public FindChoicesOptions? RecognizerOptions { get; set; }

    protected override async Task OnPromptAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, bool isRetry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var choices = options.Choices ?? [];
        var style = options.Style ?? Style;
        var activity = turnContext.Activity;
        var prompt = isRetry && options.RetryPrompt is not null ? options.RetryPrompt : options.Prompt;
        var message = AppendChoices(prompt, activity.ChannelId, choices, style, ChoiceOptions, activity.Conversation?.ConversationType);
        await turnContext.SendActivityAsync(message, cancellationToken).ConfigureAwait(false);
    }

    protected override Task<PromptRecognizerResult<FoundChoice>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var result = new PromptRecognizerResult<FoundChoice>();
        var activity = turnContext.Activity;
        if (activity.Type != ActivityTypes.Message) return Task.FromResult(result);

        var choices = options.Choices ?? [];
        var matches = string.IsNullOrEmpty(activity.Text)
            ? ChoiceRecognizers.RecognizeCardSubmit(activity.Value, choices, RecognizerOptions)
            : ChoiceRecognizers.RecognizeChoices(activity.Text, choices, RecognizerOptions);
        if (matches.Count > 0)
        {
            result.Succeeded = true;
            result.Value = matches[0].Resolution;
        }
        return Task.FromResult(result);
    }
}
