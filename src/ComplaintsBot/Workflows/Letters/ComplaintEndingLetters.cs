using ComplaintsBot.Cards;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Cases.Rules;

namespace ComplaintsBot.Workflows.Letters;

/// <summary>
/// The final letter when the complaints process is ended for unreasonable behaviour: what we did and our response to the
/// issues first raised (TCH 10.2: "a final letter outlining our actions and response to the issues originally raised"),
/// why the process was ended (whg 2.26: "We will explain our reasons"), that it has ended, and the Housing Ombudsman's
/// details once, so the customer can challenge the decision (whg 2.26). How their needs were considered stays internal.
/// </summary>
public static class ComplaintEndingLetters
{
    /// <summary>The file name the download link and endpoint use for it: letters/ended.html.</summary>
    public const string FileStem = "ended";

    /// <summary>What a download link for it carries in place of a stage number, so it opens no stage's letter.</summary>
    public const int LinkStage = -1;

    public static Letter Compose(Case @case, Policy policy)
    {
        var ending = @case.Ending ?? throw new InvalidOperationException($"{@case.Reference} was not ended for unreasonable behaviour, so there is no final letter.");
        var provision = policy.UnreasonableBehaviour;
        var clause = UnreasonableBehaviourRules.Clause(policy) is { } c ? $" ({c})" : "";
        var subject = $"Your complaint {@case.Reference}: we have ended the complaints process";
        List<string> ombudsman =
        [
            "If you are unhappy with our decision to end the complaints process, you can ask the Housing Ombudsman Service to look at your complaint.",
            .. policy.Signposting.OmbudsmanDetails(),
        ];
        if (policy.Signposting.Other is { } other) ombudsman.Add(other);
        var sections = new List<LetterSection>
        {
            new(null, [
                $"Dear {(@case.Customer.IsAnonymous ? "customer" : @case.Customer.Name)},",
                $"We are writing about your complaint, reference {@case.Reference}, which we received on {CardDates.Day(@case.ReceivedAt)}. " +
                $"We have handled it under {policy.Landlord}'s complaints policy ({policy.Name}).",
            ]),
            new("Your complaint", [$"We understood your complaint to be: {@case.DefinitionFor(@case.CurrentStage ?? 1)}"]),
            new("What we have done and our response", [ending.Response]),
            new("Why we have ended the complaints process", [
                $"We have decided to end the complaints process for this complaint under {provision?.HandledUnder ?? "our policy on unreasonable behaviour"}{clause}.",
                $"Our reasons: {ending.Reasons}",
            ]),
            new("What this means", [
                $"This is our final letter on this complaint: the complaints process has ended on {CardDates.Day(ending.EndedAt)}, and we will not consider this complaint further under it.",
            ]),
            new("The Housing Ombudsman", ombudsman),
            new(null, ["Yours sincerely,", policy.Landlord]),
        };
        return new Letter($"{@case.Reference}-complaint-ended", subject, StageResponseLetters.Html(subject, sections), StageResponseLetters.Text(subject, sections), sections);
    }
}
