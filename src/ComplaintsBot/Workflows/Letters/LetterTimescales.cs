using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Cases.Time;

namespace ComplaintsBot.Workflows.Letters;

/// <summary>
/// A stage's timescales in a customer letter, said as the deadline engine counts them (DeadlineCalculator), so that
/// what a letter promises is the date the bot tracks: working days leave out weekends and bank holidays; a timescale
/// in days or months that ends on a weekend or bank holiday moves to the next working day; the day counted from is
/// not counted; an acknowledgement that does not wait on the response is due no later than it (cfp-2018 stage 2).
/// </summary>
public static class LetterTimescales
{
    public const string WorkingDaysMeaning =
        "Working days are Monday to Friday: weekends and bank holidays are not counted, nor is the day we count from.";

    /// <summary>The promise for a stage's acknowledgement (if it has one) and response, with how the days are counted.</summary>
    public static IReadOnlyList<string> StagePromise(StageRules stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        var respond = stage.Respond;
        var sentence = stage.Acknowledge is { } acknowledge
            ? $"We will acknowledge your request within {Within(acknowledge)}{(AcknowledgementCappedByResponse(stage, acknowledge, respond) ? " (and never after our response)" : "")} " +
              $"and respond within {Within(respond)}."
            : $"We will respond within {Within(respond)}.";
        var lines = new List<string> { sentence };
        IEnumerable<(Deadline Rule, string Verb)> steps = stage.Acknowledge is { } a ? [(a, "acknowledge it"), (respond, "respond")] : [(respond, "respond")];
        if (steps.Any(s => s.Rule.Within.Unit == TimeUnit.WorkingDays)) lines.Add(WorkingDaysMeaning);
        foreach (var (rule, verb) in steps)
            if (MovesOffDaysOff(rule.Within))
                lines.Add($"If the last of the {rule.Within} falls on a weekend or bank holiday, we will {verb} by the next working day.");
        return lines;
    }

    /// <summary>"7 days of your request".</summary>
    public static string Within(Deadline deadline)
    {
        ArgumentNullException.ThrowIfNull(deadline);
        return $"{deadline.Within} of " + deadline.From switch
        {
            CaseEvent.EscalationRequested => "your request",
            CaseEvent.Stage2Acknowledged or CaseEvent.Stage1Acknowledged => "acknowledging it",
            CaseEvent.Stage1Response => "our Stage 1 response",
            _ => "receiving your complaint",
        };
    }

    // A stage deadline counted in days or months that ends on a day off is due on the next working day (as the engine's
    // StageDue does); hours run on the clock and working days never end on a day off.
    private static bool MovesOffDaysOff(Timescale within) => within.Unit is TimeUnit.CalendarDays or TimeUnit.Months;

    // The engine caps the acknowledgement at the response where the response does not run from it; said only where
    // the cap can bite (different units or starting points, or an acknowledgement no shorter than the response).
    private static bool AcknowledgementCappedByResponse(StageRules stage, Deadline acknowledge, Deadline respond) =>
        respond.From < (stage.Number == 1 ? CaseEvent.Stage1Acknowledged : CaseEvent.Stage2Acknowledged)
        && (acknowledge.Within.Unit != respond.Within.Unit || acknowledge.From != respond.From || acknowledge.Within.Amount >= respond.Within.Amount);
}
