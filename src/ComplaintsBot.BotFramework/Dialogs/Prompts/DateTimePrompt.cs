using ComplaintsBot.BotFramework.Builder;
using ComplaintsBot.BotFramework.Schema;

namespace ComplaintsBot.BotFramework.Dialogs;

/// <summary>
/// Asks for a date or date and time; the result is the list of readings (<see cref="DateTimeRecognizer"/>),
/// the most likely first. Relative words ("yesterday", "monday") are read on the user's own clock: the
/// activity's localTimestamp; else its timestamp in the activity's localTimezone or <see cref="DefaultTimeZone"/>;
/// else the injected clock's time in that zone.
/// </summary>
public class DateTimePrompt : Prompt<IList<DateTimeResolution>>
{
    private readonly TimeProvider _timeProvider;

    public DateTimePrompt(string dialogId, PromptValidator<IList<DateTimeResolution>>? validator = null, string? defaultLocale = null, TimeProvider? timeProvider = null)
        : base(dialogId, validator)
    {
        DefaultLocale = defaultLocale;
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    public string? DefaultLocale { get; set; }

    /// <summary>The users' zone when an activity carries no local time (ComplaintsBot serves UK landlords).</summary>
    public TimeZoneInfo DefaultTimeZone { get; set; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    protected override async Task OnPromptAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, bool isRetry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var activity = isRetry && options.RetryPrompt is not null ? options.RetryPrompt : options.Prompt;
        if (activity is not null) await turnContext.SendActivityAsync(activity, cancellationToken).ConfigureAwait(false);
    }

    protected override Task<PromptRecognizerResult<IList<DateTimeResolution>>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var result = new PromptRecognizerResult<IList<DateTimeResolution>>();
        var activity = turnContext.Activity;
        if (activity.Type != ActivityTypes.Message || string.IsNullOrWhiteSpace(activity.Text)) return Task.FromResult(result);

        var readings = DateTimeRecognizer.Recognize(activity.Text, ReferenceTime(activity));
        if (readings.Count > 0)
        {
            result.Succeeded = true;
            result.Value = readings;
        }
        return Task.FromResult(result);
    }

    /// <summary>The wall-clock time of the user when they sent the activity.</summary>
    public DateTime ReferenceTime(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.LocalTimestamp is { } local) return local.DateTime;
        var zone = FindZone(activity.LocalTimezone) ?? DefaultTimeZone;
        return TimeZoneInfo.ConvertTime(activity.Timestamp ?? _timeProvider.GetUtcNow(), zone).DateTime;
    }

    private static TimeZoneInfo? FindZone(string? id)
    {
        if (string.IsNullOrEmpty(id)) return null;
        return TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : null;
    }
}
