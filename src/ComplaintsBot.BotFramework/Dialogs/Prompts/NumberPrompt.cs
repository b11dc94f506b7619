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
        var text = activity.Text.Trim();
        if (HasWellFormedGroups(text, culture.NumberFormat) && decimal.TryParse(text, NumberStyles.Number, culture, out var number))
        {
            try
            {
                result.Value = (T)Convert.ChangeType(number, typeof(T), culture);
                var wholeNumberType = typeof(T) == typeof(int) || typeof(T) == typeof(long);
                result.Succeeded = !wholeNumberType || decimal.Truncate(number) == number;
            }
            catch (OverflowException)
            {
                result.Value = default;
            }
        }
        if (!result.Succeeded) result.Value = default;
        return Task.FromResult(result);
    }

    // .NET reads "1,5" as 15 in en-GB; accept group separators only in groups of three ("1,500").
    private static bool HasWellFormedGroups(string text, NumberFormatInfo format)
    {
        if (!text.Contains(format.NumberGroupSeparator, StringComparison.Ordinal)) return true;
        var integerPart = text.Split(format.NumberDecimalSeparator)[0].TrimStart('-', '+');
        var groups = integerPart.Split(format.NumberGroupSeparator);
        return groups[0].Length is >= 1 and <= 3 && groups.Skip(1).All(g => g.Length == 3);
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
