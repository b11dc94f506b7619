using ComplaintsBot.BotFramework.Builder;
using ComplaintsBot.BotFramework.Dialogs.Choices;
using ComplaintsBot.BotFramework.Schema;

namespace ComplaintsBot.BotFramework.Dialogs;

/// <summary>
/// Asks a yes/no question, shown with Yes and No choices. Understands yes, y, yeah, yep, sure, ok, true and
/// no, n, nope, nah, false (any case), and the choice numbers "1" (yes) and "2" (no).
/// </summary>
public class ConfirmPrompt(string dialogId, PromptValidator<bool>? validator = null, string? defaultLocale = null)
    : Prompt<bool>(dialogId, validator)
{
    private static readonly HashSet<string> YesWords = new(StringComparer.OrdinalIgnoreCase) { "yes", "y", "yeah", "yep", "yup", "sure", "ok", "okay", "true", "correct" };
    private static readonly HashSet<string> NoWords = new(StringComparer.OrdinalIgnoreCase) { "no", "n", "nope", "nah", "false", "incorrect" };

    public ListStyle Style { get; set; } = ListStyle.Auto;

    public string? DefaultLocale { get; set; } = defaultLocale;

    public ChoiceFactoryOptions? ChoiceOptions { get; set; }

    /// <summary>The yes and no choices shown (default "Yes" and "No").</summary>
    public Tuple<Choice, Choice>? ConfirmChoices { get; set; }

    protected override async Task OnPromptAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, bool isRetry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var activity = turnContext.Activity;
        var prompt = isRetry && options.RetryPrompt is not null ? options.RetryPrompt : options.Prompt;
        var message = AppendChoices(prompt, activity.ChannelId, Choices(), options.Style ?? Style, ChoiceOptions, activity.Conversation?.ConversationType);
        await turnContext.SendActivityAsync(message, cancellationToken).ConfigureAwait(false);
    }

    protected override Task<PromptRecognizerResult<bool>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var result = new PromptRecognizerResult<bool>();
        var activity = turnContext.Activity;
        if (activity.Type != ActivityTypes.Message || string.IsNullOrEmpty(activity.Text)) return Task.FromResult(result);

        var answer = activity.Text.Trim().TrimEnd('.', '!').Trim();
        if (YesWords.Contains(answer) || NoWords.Contains(answer))
        {
            result.Succeeded = true;
            result.Value = YesWords.Contains(answer);
        }
        else if (ChoiceOptions?.IncludeNumbers ?? true)
        {
            // The choices were shown numbered, so "1" and "2" (or the choice titles) are answers too.
            var matches = ChoiceRecognizers.RecognizeChoices(answer, Choices(), new FindChoicesOptions { RecognizePrefixes = false });
            if (matches.Count > 0)
            {
                result.Succeeded = true;
                result.Value = matches[0].Resolution.Index == 0;
            }
        }
        return Task.FromResult(result);
    }

    private List<Choice> Choices()
    {
        var confirm = ConfirmChoices ?? Tuple.Create(new Choice("Yes"), new Choice("No"));
        return [confirm.Item1, confirm.Item2];
    }
}
