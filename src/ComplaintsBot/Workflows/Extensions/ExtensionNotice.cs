using ComplaintsBot.Cards;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;

namespace ComplaintsBot.Workflows.Extensions;

/// <summary>
/// What the customer is told when their response is extended: the new date, the reason and the Housing Ombudsman's
/// contact details (Code 6.4-6.5 at stage 1, Code 6.15-6.16 at stage 2; whg 2.24; TCH 8.2, 9.9). The details come
/// from the policy file, formatted once for every notice (<see cref="Signposting.OmbudsmanDetails"/>), and go with
/// every extension as the Code asks, also where the landlord's text gives them only when the customer did not agree
/// (whg 2.24, TCH 9.9): giving them every time keeps to both, and <c>policy check</c> reports the landlord's gap.
/// </summary>
public static class ExtensionNotice
{
    /// <summary>The Code's provisions on telling the resident about an extension, for the stage.</summary>
    public static string Clause(int stage) => stage == 1 ? "Code 6.4-6.5" : "Code 6.15-6.16";

    /// <summary>
    /// The provisions staff follow in telling the customer about this extension: the Code's, and the landlord's own
    /// clause where its text gives the Ombudsman's details because the customer did not agree (TCH 9.9, whg 2.24).
    /// </summary>
    public static string Clause(Policy policy, int stage, StageExtension extension)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(extension);
        var own = policy.RuleBook.Find($"stages.stage{stage}.extension.ombudsman-details")?.Citation;
        return policy.Stage(stage).Extension.OmbudsmanDetails == OmbudsmanDetailsOnExtension.WhenNotAgreed && !extension.CustomerAgreed
               && own is not null && own.PolicyId == policy.Id
            ? $"{Clause(stage)}; {own.Clause}, as the customer did not agree to the extension"
            : Clause(stage);
    }

    /// <summary>The notice's paragraphs, for a message, a card or a letter; staff send it over their own name.</summary>
    public static IReadOnlyList<string> ForCustomer(Case @case, Policy policy, int stage, StageExtension extension, DateOnly newDue) =>
    [
        $"Dear {(@case.Customer.IsAnonymous ? "customer" : @case.Customer.Name)},",
        $"We need more time to give you our {policy.Stage(stage).Name} response to your complaint {@case.Reference}. We will now respond by {CardDates.Day(newDue)}.",
        $"This is because: {extension.Reason.TrimEnd('.')}.",
        .. policy.Signposting.OmbudsmanDetails(),
    ];
}
