using System.Globalization;
using System.Net;
using System.Text;
using ComplaintsBot.Cards;
using ComplaintsBot.Cases.Deadlines;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;

namespace ComplaintsBot.Workflows.Letters;

/// <summary>
/// The stage response letter the Code asks for (Code 6.9 at Stage 1, 6.19 at Stage 2): the stage, the complaint as defined,
/// the decision and its reasons, any remedy, what is still to be done, and how to take it further: to the
/// next stage, or after the last stage to the Housing Ombudsman, with contact details. The Code's wording is
/// the default; the landlord's own names, stages, escalation window and signposting come from its policy file.
/// </summary>
public sealed class StageResponseLetters(CaseDeadlines deadlines)
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    public Letter Compose(Case @case, Policy policy, int stageNumber)
    {
        var stage = @case.Stage(stageNumber) ?? throw new ArgumentOutOfRangeException(nameof(stageNumber), stageNumber, $"{@case.Reference} has no stage {stageNumber}.");
        var response = stage.Response ?? throw new InvalidOperationException($"Stage {stageNumber} of {@case.Reference} has no response yet, so there is no letter.");
        var rules = policy.Stage(stageNumber);
        var isLast = stageNumber >= policy.Stages.Count;
        var subject = $"Your complaint {@case.Reference}: our {rules.Name} response";
        var sections = new List<LetterSection>
        {
            new(null, [
                $"Dear {(@case.Customer.IsAnonymous ? "customer" : @case.Customer.Name)},",
                $"This is our {rules.Name} response to your complaint, reference {@case.Reference}, which we received on {CardDates.Day(@case.ReceivedAt)}. " +
                $"We have handled it under {policy.Landlord}'s complaints policy ({policy.Name}).",
            ]),
            // The complaint as defined when the stage was acknowledged (Code 5.6), not the notes typed at logging.
            new("Your complaint", [$"We understood your complaint to be: {@case.DefinitionFor(stageNumber)}"]),
            new("Our decision", [OutcomeSentence(response.Outcome), $"Our reasons: {response.Reasons}"]),
            new("What we will do to put things right", Remedy(response)),
            new("Actions still to be done", response.OutstandingActions is { } actions
                ? [actions, "We will keep you updated on each of these until they are done."]
                : ["Nothing is outstanding from this complaint."]),
            new("If you are not happy with this response", isLast ? Ombudsman(policy, final: true) : Escalation(@case, policy, stageNumber)),
            new(null, ["Yours sincerely,", $"{policy.Landlord}"]),
        };
        if (!isLast) sections.Insert(sections.Count - 1, new LetterSection("The Housing Ombudsman", Ombudsman(policy, final: false)));

        var fileName = $"{@case.Reference}-stage-{stageNumber}-response";
        return new Letter(fileName, subject, Html(subject, sections), Text(subject, sections), sections);
    }

    private static string OutcomeSentence(StageOutcome outcome) => outcome switch
    {
        StageOutcome.Upheld => "We have upheld your complaint. This means we agree that we got things wrong.",
        StageOutcome.PartlyUpheld => "We have partly upheld your complaint. This means we agree that we got some things wrong, but not everything you raised.",
        _ => "We have not upheld your complaint. This means we do not find that we got things wrong.",
    };

    private static List<string> Remedy(StageResponse response)
    {
        var lines = new List<string>();
        if (response.Remedy is { } remedy) lines.Add(remedy);
        if (response.Compensation is { } amount && amount > 0)
            lines.Add($"We are offering you £{amount.ToString("N2", EnGb)} in compensation.");
        if (lines.Count == 0) lines.Add("We are not offering a remedy, for the reasons above.");
        return lines;
    }

    private List<string> Escalation(Case @case, Policy policy, int stageNumber)
    {
        var next = policy.Stage(stageNumber + 1);
        // Code 6.12: residents must not be required to explain why they ask for the next stage.
        var lines = new List<string>
        {
            $"You can ask us to look at your complaint again at {next.Name}: reply to this letter, phone or email us. " +
            "You do not have to tell us why you are not satisfied, though anything you tell us helps us put things right.",
        };
        if (policy.EscalationWindow is { } window && deadlines.Now(@case, policy).Find(DeadlineKind.EscalationWindow) is { } until)
            lines.Add($"Please ask by {CardDates.Day(until.DueDate)} ({window.Within} after this response). " + window.Binding switch
            {
                // Only what the policy lets staff do is promised: a further period (WCH 5.3.1), or a late request
                // considered where the window is asked or reserved rather than a bar (TCH 9.1, WCH 5.3.2).
                _ when window.ExtensionOnRequest is { } more => $"If you need longer, you can ask us for a further {more}.",
                EscalationWindowBinding.Absolute => "We cannot accept a request made after that date.",
                _ => "If you ask later, we will consider your request.",
            });
        else
            lines.Add("There is no deadline for asking, but the sooner you tell us, the sooner we can put things right.");
        // The timescales as the policy counts them: from the request (whg 2.23, cfp-2018) or from the acknowledgement.
        lines.Add(next.Acknowledge is { } acknowledge
            ? $"We will acknowledge your request within {ForCustomer(acknowledge)} and respond within {ForCustomer(next.Respond)}."
            : $"We will respond within {ForCustomer(next.Respond)}.");
        return lines;
    }

    private static string ForCustomer(Deadline deadline) => $"{deadline.Within} of " + deadline.From switch
    {
        CaseEvent.EscalationRequested => "your request",
        CaseEvent.Stage2Acknowledged or CaseEvent.Stage1Acknowledged => "acknowledging it",
        CaseEvent.Stage1Response => "our Stage 1 response",
        _ => "receiving your complaint",
    };

    private static List<string> Ombudsman(Policy policy, bool final)
    {
        List<string> lines =
        [
            final
                ? "This is our final response: our complaints procedure is now complete. If you remain unhappy, you can ask the Housing Ombudsman Service to investigate your complaint."
                : "You can contact the Housing Ombudsman Service at any time for free, independent and impartial advice.",
            // The Ombudsman's details once (the Code's wording already gives the address), as every notice gives them.
            .. policy.Signposting.OmbudsmanDetails(),
        ];
        if (policy.Signposting.Other is { } other) lines.Add(other);
        return lines;
    }

    internal static string Html(string subject, IEnumerable<LetterSection> sections)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head><meta charset=\"utf-8\"><title>").Append(WebUtility.HtmlEncode(subject)).Append("</title></head>\n<body>\n");
        html.Append("<h1>").Append(WebUtility.HtmlEncode(subject)).Append("</h1>\n");
        foreach (var section in sections)
        {
            if (section.Heading is { } heading) html.Append("<h2>").Append(WebUtility.HtmlEncode(heading)).Append("</h2>\n");
            foreach (var paragraph in section.Paragraphs) html.Append("<p>").Append(WebUtility.HtmlEncode(paragraph)).Append("</p>\n");
        }
        return html.Append("</body>\n</html>\n").ToString();
    }

    internal static string Text(string subject, IEnumerable<LetterSection> sections)
    {
        var text = new StringBuilder().Append(subject).Append("\n\n");
        foreach (var section in sections)
        {
            if (section.Heading is { } heading) text.Append(heading).Append('\n').Append(new string('-', heading.Length)).Append('\n');
            foreach (var paragraph in section.Paragraphs) text.Append(paragraph).Append("\n\n");
        }
        return text.ToString().TrimEnd() + "\n";
    }
}
