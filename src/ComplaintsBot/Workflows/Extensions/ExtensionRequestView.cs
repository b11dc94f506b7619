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

    /// <summary>The most working days that may still be asked for: the policy's limit less what was already approved.</summary>
    public static int MaxWorkingDays(Policy policy, CaseStage stage)
    {
        var rules = policy.Stage(stage.Number).Extension;
        // By agreement (cfp-2018, and whg 2.24 beyond its 10 working days) sets no length; a month of working days
        // keeps the form sensible.
        var limit = rules.CustomerMustAgreeAbove is not null
            ? rules.MaxWithAgreement?.Amount ?? Math.Max(NoSetLength, rules.Max?.Amount ?? 0)
            : rules.Max?.Amount ?? NoSetLength;
        return Math.Max(0, limit - stage.ApprovedExtensionDays);
    }

    private const int NoSetLength = 20;

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
            ["approver"] = char.ToUpperInvariant(approver[0]) + approver[1..],
            ["customerMustAgree"] = rules.CustomerMustAgree,
            ["agreementNote"] = rules.CustomerMustAgreeAbove is { } above && !rules.CustomerMustAgree
                ? $"Up to {above} in all needs no agreement; beyond that the customer must agree first{Clause(policy, stage.Number)}."
                : "",
        });
    }
}
