using System.Globalization;
using ComplaintsBot.BotFramework.Builder;
using ComplaintsBot.BotFramework.Schema;

namespace ComplaintsBot.BotFramework.Dialogs;

/// <summary>
/// Asks for a number of type int, long, float, double or decimal, written in digits ("1,250.50" in en-GB
/// and en-US; the activity's locale, else <see cref="DefaultLocale"/>, else en-GB, decides the separators).
/// </summary>
public class NumberPrompt<T> : Prompt<T>
    where T : struct
{
    private static readonly Type[] SupportedTypes = [typeof(int), typeof(long), typeof(float), typeof(double), typeof(decimal)];

    public NumberPrompt(string dialogId, PromptValidator<T>? validator = null, string? defaultLocale = null)
        : base(dialogId, validator)
    {
        if (!SupportedTypes.Contains(typeof(T)))
            throw new NotSupportedException($"NumberPrompt<{typeof(T).Name}> is not supported; use int, long, float, double or decimal.");
        DefaultLocale = defaultLocale;
    }

    public string? DefaultLocale { get; set; }

    protected override async Task OnPromptAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, bool isRetry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var activity = isRetry && options.RetryPrompt is not null ? options.RetryPrompt : options.Prompt;
        if (activity is not null) await turnContext.SendActivityAsync(activity, cancellationToken).ConfigureAwait(false);
    }

    protected override Task<PromptRecognizerResult<T>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var result = new PromptRecognizerResult<T>();
        var activity = turnContext.Activity;
        if (activity.Type != ActivityTypes.Message || string.IsNullOrWhiteSpace(activity.Text)) return Task.FromResult(result);

        var culture = Culture(activity.Locale ?? DefaultLocale);
        if (decimal.TryParse(activity.Text.Trim(), NumberStyles.Number, culture, out var number))
        {
            try
            {
                result.Value = (T)Convert.ChangeType(number, typeof(T), culture);
                result.Succeeded = typeof(T) != typeof(int) && typeof(T) != typeof(long) || decimal.Truncate(number) == number;
            }
            catch (OverflowException)
            {
                result.Value = default;
            }
        }
        if (!result.Succeeded) result.Value = default;
        return Task.FromResult(result);
    }

    private static CultureInfo Culture(string? locale)
    {
        try
        {
            return string.IsNullOrEmpty(locale) ? CultureInfo.GetCultureInfo("en-GB") : CultureInfo.GetCultureInfo(locale);
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.GetCultureInfo("en-GB");
        }
    }
}
