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
        // By agreement (cfp-2018) sets no length; a month of working days keeps the form sensible.
        var limit = rules.Max is { } max ? max.Amount : 20;
        return Math.Max(0, limit - stage.ApprovedExtensionDays);
    }

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
        });
    }
}
