using System.Globalization;
using System.Text.Json.Nodes;
using ComplaintsBot.CardActions;
using ComplaintsBot.Cards;
using ComplaintsBot.Cases.Rules;
using ComplaintsBot.Cases.Time;

namespace ComplaintsBot.Workflows.ContactRestrictions;

/// <summary>The restriction form (cards/contact-restriction.json), its dates, and who may use it: shared by both verbs.</summary>
internal static class ContactRestrictionForms
{
    private static readonly AdaptiveCardTemplate Template = AdaptiveCardTemplate.Load("contact-restriction");

    /// <summary>
    /// The deciders now: the role the policy names, else the administrators as fallback deciders. Anyone else is refused,
    /// naming the clause; so is everyone where the policy makes no provision for restricting contact.
    /// </summary>
    public static async Task<Deciders> RequireDeciderAsync(CaseActionServices services, CaseActionContext context, CancellationToken cancellationToken)
    {
        var policy = context.Policy;
        var role = ContactRestrictionRules.DeciderRole(policy)
            ?? throw CardActionRefusedException.Forbidden($"{policy.Name} makes no provision for restricting a customer's contact.");
        var deciders = ContactRestrictionRules.Deciders(policy, await services.Staff.AllAsync(cancellationToken));
        if (deciders.Include(context.Clicker)) return deciders;
        var clause = ContactRestrictionRules.Clause(policy) is { } c ? $" ({c})" : "";
        throw CardActionRefusedException.Forbidden(deciders.AdministratorsAsFallback
            ? $"Only the {ApprovalRules.RoleName(policy, role)} decides restrictions on contact{clause}; nobody holds that role, so the administrators decide meanwhile."
            : $"Only the {ApprovalRules.RoleName(policy, role)} decides restrictions on contact{clause}.");
    }

    public static JsonObject Form(CaseActionContext context, string verb, bool reviewing, string current, DateTimeOffset now)
    {
        var @case = context.Case;
        var policy = context.Policy;
        var provision = policy.UnreasonableBehaviour!;
        var clause = ContactRestrictionRules.Clause(policy) is { } c ? $"{c}: " : "";
        return Template.Expand(new JsonObject
        {
            ["caseId"] = CaseIds.Text(@case), ["version"] = @case.Version, ["reference"] = @case.Reference.ToString(),
            ["customer"] = @case.Customer.Name,
            ["verb"] = verb,
            ["reviewing"] = reviewing,
            ["provision"] = $"{clause}handled under {provision.HandledUnder}; decided by the {ApprovalRules.RoleName(policy, provision.Decider)}.",
            ["guidance"] = provision.Guidance ?? "",
            // Code 5.15: the restriction must be proportionate, with regard to the Equality Act 2010, so what the case records of the customer's needs is in view.
            ["needsOnRecord"] = "Recorded on this case: vulnerability: " + (@case.Vulnerability ?? "none recorded") + "; reasonable adjustments: "
                + (@case.ReasonableAdjustments ?? "none recorded") + ". Any restriction must be proportionate, with regard to the customer's needs and the Equality Act 2010 (Code 5.15).",
            ["current"] = current,
            ["tomorrow"] = LondonTime.DateOf(now).AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        });
    }

    public static DateOnly Date(string? text, string what)
    {
        var value = FormValues.Required(text, what);
        return DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw CardActionRefusedException.BadRequest("BadRequest", $"{what} must be a date; '{FormValues.Echo(value)}' is not.");
    }
}
