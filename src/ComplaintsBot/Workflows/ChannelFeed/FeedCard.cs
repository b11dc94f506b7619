using System.Globalization;
using System.Text.Json.Nodes;
using ComplaintsBot.Cards;
using ComplaintsBot.Cases.Deadlines;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Workflows.CaseCard;

namespace ComplaintsBot.Workflows.ChannelFeed;

/// <summary>
/// The complaint's card in the feed channel: what every member of the channel may see, and nothing else. A channel's
/// members are not the people <c>CaseVisibility</c> lets see the case (the customer's personal data is for those on
/// the case, their managers and the complaints team, UK GDPR Article 5(1)(f) and 25), so the card carries the case's
/// facts about the landlord's handling only: reference, stage, status, received date, deadlines, owner (a member of
/// staff), service area and category. Never the customer's name, contact details, tenancy, vulnerability,
/// concerns, what they said or what they want. Its button opens the case through the normal authorised path.
/// </summary>
public sealed class FeedCard(CaseDeadlines deadlines)
{
    private static readonly AdaptiveCardTemplate Template = AdaptiveCardTemplate.Load("feed");

    /// <summary>The verb of the card's button (<see cref="FeedOpenCaseAction"/>).</summary>
    public const string OpenVerb = "feedOpenCase";

    /// <summary>The card as it stands at <paramref name="now"/>, and when it next changes without the case changing (a deadline passing).</summary>
    public (JsonObject Card, DateTimeOffset? RecheckAt) Render(Case @case, string? ownerName, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(@case);
        var policy = deadlines.PolicyOf(@case);
        var all = deadlines.Now(@case, policy).ToArray();
        var shown = all.Where(Shown).ToList();
        var closed = @case.Status != CaseStatus.Open || @case.ClosedAt is not null;
        var rows = new JsonArray();
        foreach (var deadline in shown)
        {
            rows.Add(new JsonObject
            {
                ["name"] = DeadlineNames.ForStaff(deadline.Kind, policy),
                ["dueOn"] = CardDates.Due(deadline),
                ["status"] = StatusOf(deadline, closed),
            });
        }
        var data = new JsonObject
        {
            ["caseId"] = @case.Id.ToString(CultureInfo.InvariantCulture),
            ["version"] = @case.Version,
            ["reference"] = @case.Reference.ToString(),
            ["status"] = CaseCardState.For(@case, policy, all, viewer: null, ownerName).Status,
            ["stage"] = @case.CurrentStage is { } stage ? policy.Stage(stage).Name : "None",
            ["receivedOn"] = CardDates.Day(@case.ReceivedAt),
            ["owner"] = ownerName ?? "Nobody yet",
            ["serviceArea"] = string.IsNullOrWhiteSpace(@case.ServiceArea) ? "Not recorded" : @case.ServiceArea,
            ["category"] = policy.Categories.FirstOrDefault(c => c.Id == @case.CategoryId)?.Name ?? @case.CategoryId,
            ["overdue"] = !closed && shown.Any(d => d.MetAt is null && d.Status == DeadlineStatus.Overdue),
            ["closed"] = closed,
            ["deadlines"] = rows,
        };
        var recheck = closed ? null : shown.Where(d => d.MetAt is null && d.Due >= now).Select(d => (DateTimeOffset?)d.Due.AddSeconds(1)).Min();
        return (Template.Expand(data), recheck);
    }

    /// <summary>The landlord's deadlines: the customer's own window to ask for the next stage is theirs, not a deadline the landlord can miss.</summary>
    public static bool Shown(CaseDeadline deadline) => deadline.Kind != DeadlineKind.EscalationWindow;

    private static string StatusOf(CaseDeadline deadline, bool closed) =>
        deadline.MetAt is not null ? "met"
        : deadline.Status == DeadlineStatus.Overdue && !closed ? "overdue"
        : "due";
}
