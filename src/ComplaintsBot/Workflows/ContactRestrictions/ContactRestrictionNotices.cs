using ComplaintsBot.Cards;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Cases.Rules;
using ComplaintsBot.Cases.Store;
using ComplaintsBot.Cases.Time;

namespace ComplaintsBot.Workflows.ContactRestrictions;

/// <summary>
/// What staff are told about a restriction on a customer's contact, wherever they meet the customer: on the case card
/// of any of the customer's cases, and when they log a new contact from them. The contact is still logged and handled:
/// a restriction limits how contact is taken, not whether the customer may complain (WCH 7, Code 5.15).
/// </summary>
public sealed class ContactRestrictionNotices(CaseService cases, StaffDirectory staff, TimeProvider clock)
{
    /// <summary>The restrictions in force on the customer's contact, from any of their cases.</summary>
    public Task<List<CustomerContactRestriction>> OnAsync(Customer customer, CancellationToken cancellationToken) =>
        cases.ContactRestrictionsOnAsync(customer, cancellationToken);

    /// <summary>One restriction in a sentence or three: its terms, who decided it and why, and its review.</summary>
    /// <param name="onCaseId">The case the reader is looking at: a restriction decided on another case names that case.</param>
    public async Task<string> DescribeAsync(Policy policy, CustomerContactRestriction found, int? onCaseId, CancellationToken cancellationToken)
    {
        var restriction = found.Restriction;
        var decider = await staff.FindAsync(restriction.DecidedById, cancellationToken);
        var who = decider?.DisplayName ?? "someone no longer on the staff list";
        var role = restriction.DeciderRole == StaffRoles.Admin
            ? "an administrator, deciding while nobody held the role the policy names"
            : $"the {ApprovalRules.RoleName(policy, restriction.DeciderRole)}";
        var clause = ContactRestrictionRules.Clause(policy) is { } c ? $" ({c})" : "";
        var where = found.CaseId == onCaseId ? "" : $" on {found.Reference}";
        var review = restriction.ReviewDue(LondonTime.DateOf(clock.GetUtcNow()))
            ? $"Its review was due on {CardDates.Day(restriction.ReviewBy)}: it should be reviewed now, and kept only if it is still needed."
            : $"To be reviewed by {CardDates.Day(restriction.ReviewBy)}.";
        return $"Contact restricted{clause}: {restriction.Terms} Decided{where} by {who}, {role}, on {CardDates.Day(restriction.DecidedAt)}, " +
               $"because: {restriction.Reason} {review}";
    }

    /// <summary>Every restriction on the customer, described; empty when there is none.</summary>
    public async Task<List<string>> DescribeAllAsync(Policy policy, Customer customer, int? onCaseId, CancellationToken cancellationToken)
    {
        var said = new List<string>();
        foreach (var found in await OnAsync(customer, cancellationToken))
            said.Add(await DescribeAsync(policy, found, onCaseId, cancellationToken));
        return said;
    }
}
