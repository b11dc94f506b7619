using System.Text.Json.Nodes;
using ComplaintsBot.Cards;
using ComplaintsBot.Cases;
using ComplaintsBot.Cases.Deadlines;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Cases.Rules;

namespace ComplaintsBot.Workflows.Extensions;

/// <summary>The extension request form (cards/extension-request.json) for the running stage.</summary>
public sealed class ExtensionRequestView(CaseDeadlines deadlines)
{
    private static readonly AdaptiveCardTemplate Template = AdaptiveCardTemplate.Load("extension-request");

    /// <summary>
    /// The most working days that may be asked for now: the policy's limit less what was already approved, the limit
    /// with the customer's agreement where it sets one; where it sets no length (whg 2.24 once the customer agrees,
    /// cfp-2018 "as agreed"), the form's own bound on one request.
    /// </summary>
    public static int MaxWorkingDays(Policy policy, CaseStage stage)
    {
        var rules = policy.Stage(stage.Number).Extension;
        if (SetsNoLength(rules)) return FormBound;
        var limit = rules.CustomerMustAgreeAbove is not null ? rules.MaxWithAgreement!.Value.Amount : rules.Max?.Amount ?? 0;
        return Math.Max(0, limit - stage.ApprovedExtensionDays);
    }

    /// <summary>Whether the policy caps the extension at all: a length agreed with the customer may be any.</summary>
    public static bool SetsNoLength(ExtensionRules rules) =>
        (rules.CustomerMustAgreeAbove is not null && rules.MaxWithAgreement is null) || (rules.Max is null && rules.ByAgreement);

    // The policy sets no length, so nothing the policy says is claimed by this number: it only keeps one request, and
    // a typing slip, within about three months of working days. A longer agreed extension is asked for again.
    private const int FormBound = 60;

    /// <summary>The form's sentence about the limit: the policy's cap where it has one, and never a cap it does not set.</summary>
    public static string LimitSentence(Policy policy, CaseStage stage) => SetsNoLength(policy.Stage(stage.Number).Extension)
        ? $"{policy.Name} sets no length for an extension the customer agrees to; ask for up to {FormBound} working days at a time."
        : $"{policy.Name} allows up to {MaxWorkingDays(policy, stage)} working days for this deadline.";

    /// <summary>
    /// Whether an extension of <paramref name="workingDays"/> more needs the customer's agreement: always where the
    /// policy says so, or once the extensions come to more than the length it allows without it (whg 2.24).
    /// </summary>
    public static bool NeedsAgreement(ExtensionRules rules, CaseStage stage, int workingDays) =>
        rules.CustomerMustAgree
        || (rules.CustomerMustAgreeAbove is { } above && stage.ApprovedExtensionDays + workingDays > above.Amount);

    private static string Clause(Policy policy, int stage) =>
        policy.RuleBook.Find($"stages.stage{stage}.extension.customer-must-agree-above")?.Citation.Clause is { } clause ? $" ({clause})" : "";

    public JsonObject Render(Case @case, Policy policy, CaseStage stage)
    {
        var rules = policy.Stage(stage.Number).Extension;
        var due = deadlines.ResponseDue(@case, policy, stage.Number, stage.ApprovedExtensionDays);
        var approver = ApprovalRules.RoleName(policy, rules.Approver);
        return Template.Expand(new JsonObject
        {
            ["caseId"] = @case.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["version"] = @case.Version,
            ["reference"] = @case.Reference.ToString(),
            ["deadline"] = DeadlineNames.ForStaff(CaseDeadlines.ResponseKind(stage.Number)),
            ["dueOn"] = due is { } d ? CardDates.Day(d.DueDate) : "not set",
            ["policyName"] = policy.Name,
            ["maxWorkingDays"] = MaxWorkingDays(policy, stage),
            ["limit"] = LimitSentence(policy, stage),
            ["approver"] = char.ToUpperInvariant(approver[0]) + approver[1..],
            ["customerMustAgree"] = rules.CustomerMustAgree,
            ["agreementNote"] = rules.CustomerMustAgreeAbove is { } above && !rules.CustomerMustAgree
                ? $"Up to {above} in all needs no agreement; beyond that the customer must agree first{Clause(policy, stage.Number)}."
                : "",
        });
    }
}
