using System.Globalization;
using System.Text.Json.Nodes;
using ComplaintsBot.Cases.Deadlines;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;

namespace ComplaintsBot.Cards;

/// <summary>
/// One case in a list card (cards/case-list.json): "my cases" and the manager's morning digest show a case, and the
/// deadline to act on, in the same words.
/// </summary>
public static class CaseListCardRow
{
    public static JsonObject For(Case @case, Policy policy, CaseDeadline next) => new()
    {
        ["caseId"] = @case.Id.ToString(CultureInfo.InvariantCulture),
        ["version"] = @case.Version,
        ["reference"] = @case.Reference.ToString(),
        ["customer"] = @case.Customer.IsAnonymous ? null : @case.Customer.Name,
        ["stage"] = StageOrCategory(@case, policy),
        ["nextDeadline"] = new JsonObject
        {
            ["name"] = DeadlineNames.ForStaff(next.Kind, policy),
            ["dueOn"] = CardDates.Due(next),
            ["workingDaysLeft"] = next.WorkingDaysLeft ?? 0,
            ["status"] = DeadlineNames.CardStatus(next.Status),
            ["provisional"] = next.Provisional,
        },
    };

    // A complaint by its stage; any other contact by its category, which is what staff know it by.
    private static string StageOrCategory(Case @case, Policy policy) =>
        @case.Kind == ContactKind.Complaint && @case.CurrentStage is { } number
            ? policy.Stage(number).Name
            : policy.Categories.FirstOrDefault(c => c.Id == @case.CategoryId)?.Name ?? @case.CategoryId;
}
