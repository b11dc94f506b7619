using System.Globalization;
using ComplaintsBot.BotFramework.Dialogs;
using ComplaintsBot.BotFramework.Dialogs.Choices;
using ComplaintsBot.Cases.Deadlines;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Time;

namespace ComplaintsBot.Workflows.LogContact;

/// <summary>Part 2: how and when the contact came in, what the customer says and what they want.</summary>
public sealed class ContactDialog : LogContactPart
{
    internal static readonly string[] Channels = ["Phone", "Email", "In person", "Letter", "Web", "Social media"];

    public ContactDialog(LogContactServices services) : base(nameof(ContactDialog), services)
    {
        AddSteps(AskChannelAsync, RecordChannelAsync, AskReceivedAsync, RecordReceivedAsync, AskDescriptionAsync, RecordDescriptionAsync,
            AskOutcomeAsync, RecordOutcomeAsync, DoneAsync);
    }

    private static Task<DialogTurnResult> AskChannelAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        Draft(step).ShouldAsk(AnswerKeys.Channel)
            ? AskChoiceAsync(step, "How did they contact us?", Channels, cancellationToken)
            : SkipAsync(step, cancellationToken);

    private static Task<DialogTurnResult> RecordChannelAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = Draft(step);
        if (step.Result is FoundChoice choice)
        {
            draft.Channel = Enum.GetName((ContactChannel)choice.Index);
            draft.Answer(AnswerKeys.Channel);
        }
        return step.NextAsync(null, cancellationToken);
    }

    private Task<DialogTurnResult> AskReceivedAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        Draft(step).ShouldAsk(AnswerKeys.Received)
            ? AskDateAsync(step, $"When was it received? Type **now**, or a date and time like {UkDates.Example} 09:30.",
                ReceivedRules(), cancellationToken)
            : SkipAsync(step, cancellationToken);

    /// <summary>
    /// Not in the future, nor before 2000, where case references start. Not bounded by the policy's time limit: that
    /// limit (Code 2.3, "within twelve months of the issue occurring or the resident becoming aware of the issue") runs
    /// from the issue to the complaint, and is judged on the issue date (ExclusionsDialog). A complaint received long
    /// ago and never recorded must still be logged, with its real received date: not recording it is itself a reason
    /// some policies give for accepting it late (TCH 2).
    /// </summary>
    private DateRules ReceivedRules() => new("the received date", EarliestReceived, "1 January 2000, where case references start", Today, "now", AllowNow: true);

    /// <summary>Case references carry the year received, from 2000.</summary>
    internal static readonly DateOnly EarliestReceived = new(2000, 1, 1);

    private Task<DialogTurnResult> RecordReceivedAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = Draft(step);
        if (step.Result is string text)
        {
            draft.ReceivedAt = ReceivedAt(step, text);
            draft.Answer(AnswerKeys.Received);
        }
        return step.NextAsync(null, cancellationToken);
    }

    // "now" is the moment of the message on the sender's clock (its local timestamp), in London, never later
    // than our clock; a date without a time is taken as received at the start of the working day.
    private DateTimeOffset ReceivedAt(WaterfallStepContext step, string text)
    {
        var now = Services.Clock.GetUtcNow();
        if (IsNow(text))
        {
            var sent = step.Context.Activity.LocalTimestamp ?? step.Context.Activity.Timestamp ?? now;
            return LondonTime.ToLondon(sent < now ? sent : now);
        }
        UkDates.TryRead(text, Today, out var date, out var time);
        if (time is { } at) return LondonTime.AtLondon(date, at);
        if (date == Today) return LondonTime.ToLondon(now);
        return LondonTime.AtLondon(date, new TimeOnly(9, 0));
    }

    private static Task<DialogTurnResult> AskDescriptionAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        Draft(step).ShouldAsk(AnswerKeys.Description)
            ? AskTextAsync(step, "What does the customer say? Put it in their words as far as you can.", "the description", TextLimits.Description, cancellationToken)
            : SkipAsync(step, cancellationToken);

    private static Task<DialogTurnResult> RecordDescriptionAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = Draft(step);
        if (step.Result is string text)
        {
            draft.Description = text.Trim();
            draft.Answer(AnswerKeys.Description);
        }
        return step.NextAsync(null, cancellationToken);
    }

    private static Task<DialogTurnResult> AskOutcomeAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        Draft(step).ShouldAsk(AnswerKeys.Outcome)
            ? AskTextAsync(step, "What do they want us to do to put it right? Type **nothing** if they don't ask for anything.", "what they want", TextLimits.Note, cancellationToken)
            : SkipAsync(step, cancellationToken);

    private static Task<DialogTurnResult> RecordOutcomeAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = Draft(step);
        if (step.Result is string text)
        {
            draft.DesiredOutcome = IsNone(text) ? null : text.Trim();
            draft.Answer(AnswerKeys.Outcome);
        }
        return step.NextAsync(null, cancellationToken);
    }

    internal static string ShowReceived(DateTimeOffset at) =>
        LondonTime.ToLondon(at).ToString("ddd d MMM yyyy HH:mm", CultureInfo.GetCultureInfo("en-GB"));
}
