using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Cases.Policies.Compliance;
using static ComplaintsBot.Cases.Policies.Compliance.FindingSeverity;

namespace ComplaintsBot.Cases.Tests.Policies.Compliance;

/// <summary>
/// `policy check` on each seed policy file: the exact shortfalls of the landlord's own document, judged before
/// anything is inherited from the Code. Exclusions without a Code basis are warnings (Code 2.2 lists acceptable
/// exclusions but lets others stand if fair and reasonable), as are an escalation window and a refusal ground
/// resting on it (Code 5.11); everything else is a breach (an error): gaps where the document is silent on what
/// the Code requires, refusal grounds with no basis in section 2, age limits shorter than 12 months, counted from
/// the issue only or applied without discretion (Code 2.3).
/// </summary>
public sealed class SeedPolicyComplianceTests
{
    private static readonly PolicyCatalog Catalog = PolicyCatalog.Load();

    private static IEnumerable<(FindingSeverity, string, string)> Findings(string id) =>
        CodeComplianceCheck.Check(Catalog.Get(id)).Select(f => (f.Severity, f.Section, f.Field));

    [Fact]
    public void The_code_itself_has_no_findings() =>
        Assert.Empty(CodeComplianceCheck.Check(Catalog.Get(ComplaintHandlingCode2024.PolicyId)));

    [Fact]
    public void The_code_policy_file_states_the_code_timescales_the_check_uses()
    {
        var code = Catalog.Get(ComplaintHandlingCode2024.PolicyId);
        foreach (var provisions in ComplaintHandlingCode2024.Stages)
        {
            var stage = code.Stage(provisions.Number);
            Assert.Equal((provisions.Acknowledge.Within, provisions.Acknowledge.From), (stage.Acknowledge!.Within, stage.Acknowledge.From));
            Assert.Equal((provisions.Respond.Within, provisions.Respond.From), (stage.Respond.Within, stage.Respond.From));
            Assert.Equal(provisions.MaxExtension, stage.Extension.Max);
        }
        Assert.Equal(ComplaintHandlingCode2024.AgeLimit, code.AgeLimit.Limit);
    }

    // Why item 14: the gaps in each landlord's own document, each with the Code provision. WCH: the Stage 2 clock
    // waits on its reasons (WCH 5.3.4), five appeal-refusal grounds with no basis in section 2 are errors, the
    // document is silent on the Stage 2 acknowledgement and on the Ombudsman's details with an extension.
    [Fact]
    public void Wch_gaps_in_its_own_document_are_errors_with_the_code_provision() =>
        Assert.Equal(
        [
            (Breach, "Code 2.3", "age-limit.limit"),
            (Breach, "Code 2.3", "age-limit.counts-from"),
            (Breach, "Code 5.11", "stages.stage2.refusal-grounds[0]"),
            (Breach, "Code 5.11", "stages.stage2.refusal-grounds[1]"),
            (Breach, "Code 5.11", "stages.stage2.refusal-grounds[2]"),
            (Breach, "Code 5.11", "stages.stage2.refusal-grounds[3]"),
            (Breach, "Code 5.11", "stages.stage2.refusal-grounds[4]"),
            (Breach, "Code 6.5", "stages.stage1.extension.ombudsman-details"),
            (Breach, "Code 6.11", "stages.stage2.acknowledge"),
            (Breach, "Code 6.12", "stages.stage2.requires-reasons"),
            (Breach, "Code 6.16", "stages.stage2.extension.ombudsman-details"),
            (Warning, "Code 2.2", "exclusions.rent-or-service-charge-level"),
            (Warning, "Code 2.2", "exclusions.explanation-of-policy"),
            (Warning, "Code 2.2", "exclusions.asb-report"),
            (Warning, "Code 2.2", "exclusions.legal-or-legislative-requirement"),
            (Warning, "Code 2.2", "exclusions.legal-dispute"),
            (Warning, "Code 2.2", "exclusions.not-a-tenant-or-leaseholder"),
            (Warning, "Code 5.11", "escalation-window"),
            (Warning, "Code 5.11", "stages.stage2.refusal-grounds[5]"),
        ], Findings("wch"));

    [Fact]
    public void Wch_5_3_4_the_stage2_clock_waiting_on_the_customers_reasons_breaches_code_6_12()
    {
        var finding = CodeComplianceCheck.Check(Catalog.Get("wch")).Single(f => f.Field == "stages.stage2.requires-reasons");
        Assert.Contains("clear of the reasons for escalating", finding.PolicySays);
        Assert.Contains("WCH 5.3.4", finding.PolicySays);
    }

    // whg: the escalated service request handles dissatisfaction outside the complaints process; "a legal claim is
    // made" is wider than Code 2.2; the 6-month limit runs from the incident with no discretion; the Ombudsman's
    // details only where an extension is not agreed (whg 2.24).
    [Fact]
    public void Whg_gaps_in_its_own_document_are_errors_with_the_code_provision() =>
        Assert.Equal(
        [
            (Breach, "Code 1.2", "categories.escalated-service-request.puts-things-right"),
            (Breach, "Code 2.2", "exclusions.legal-proceedings.wider-than-code-basis"),
            (Breach, "Code 2.3", "age-limit.limit"),
            (Breach, "Code 2.3", "age-limit.counts-from"),
            (Breach, "Code 2.3", "age-limit.discretionary"),
            (Breach, "Code 2.3", "exclusions.issue-too-old.discretionary"),
            (Breach, "Code 6.5", "stages.stage1.extension.ombudsman-details"),
            (Breach, "Code 6.16", "stages.stage2.extension.ombudsman-details"),
            (Warning, "Code 2.2", "exclusions.asb-report"),
            (Warning, "Code 2.2", "exclusions.service-provider"),
            (Warning, "Code 2.2", "exclusions.insurance-claim"),
            (Warning, "Code 2.2", "exclusions.pre-action-protocol"),
            (Warning, "Code 2.2", "exclusions.other-statutory-agency"),
            (Warning, "Code 5.11", "escalation-window"),
        ], Findings("whg"));

    // cfp-2018: no acknowledgement step at either stage and no cap on extensions (the bot fills both from the Code),
    // and its complaint definition is not the Code's.
    [Fact]
    public void Cfp_2018_gaps_in_its_own_document_are_errors_with_the_code_provision() =>
        Assert.Equal(
        [
            (Breach, "Code 1.2", "categories.complaint.definition"),
            (Breach, "Code 2.3", "age-limit.counts-from"),
            (Breach, "Code 2.3", "age-limit.discretionary"),
            (Breach, "Code 2.3", "exclusions.issue-too-old.discretionary"),
            (Breach, "Code 6.2", "stages.stage1.acknowledge"),
            (Breach, "Code 6.4", "stages.stage1.extension.max"),
            (Breach, "Code 6.5", "stages.stage1.extension.ombudsman-details"),
            (Breach, "Code 6.11", "stages.stage2.acknowledge"),
            (Breach, "Code 6.15", "stages.stage2.extension.max"),
            (Breach, "Code 6.16", "stages.stage2.extension.ombudsman-details"),
            (Warning, "Code 2.2", "exclusions.no-responsibility"),
            (Warning, "Code 2.2", "exclusions.neighbour-dispute"),
            (Warning, "Code 2.2", "exclusions.insurance-claim"),
        ], Findings("cfp-2018"));

    // TCH: "enforcement action" is wider than the Code's legal-proceedings exclusion it is labelled with; Stage 2
    // extensions are uncapped; reasons are required before Stage 2 is considered (TCH 9.3-9.4).
    [Fact]
    public void Tch_rosebery_gaps_in_its_own_document_are_errors_with_the_code_provision() =>
        Assert.Equal(
        [
            (Breach, "Code 2.2", "exclusions.legal-or-enforcement-action.wider-than-code-basis"),
            (Breach, "Code 2.3", "age-limit.limit"),
            (Breach, "Code 2.3", "age-limit.counts-from"),
            (Breach, "Code 5.11", "stages.stage2.refusal-grounds[0]"),
            (Breach, "Code 6.5", "stages.stage1.extension.ombudsman-details"),
            (Breach, "Code 6.12", "stages.stage2.requires-reasons"),
            (Breach, "Code 6.15", "stages.stage2.extension.max"),
            (Breach, "Code 6.16", "stages.stage2.extension.ombudsman-details"),
            (Warning, "Code 2.2", "exclusions.first-time-enquiry"),
            (Warning, "Code 2.2", "exclusions.liability-or-injury-claim"),
            (Warning, "Code 2.2", "exclusions.asb-or-neighbour-dispute"),
            (Warning, "Code 2.2", "exclusions.other-appeal-route"),
            (Warning, "Code 2.2", "exclusions.policy-content"),
            (Warning, "Code 5.11", "escalation-window"),
        ], Findings("tch-rosebery"));

    // HiS: extensions uncapped at both stages (a holding letter at Stage 1, "the CFM will clearly communicate this"
    // at Stage 2), and nothing keeps the Stage 1 handler off the Stage 2 panel (the CFM oversees Stage 1 and sits on it).
    [Fact]
    public void His_gaps_in_its_own_document_are_errors_with_the_code_provision() =>
        Assert.Equal(
        [
            (Breach, "Code 2.3", "age-limit.counts-from"),
            (Breach, "Code 2.3", "age-limit.discretionary"),
            (Breach, "Code 2.3", "exclusions.issue-too-old.discretionary"),
            (Breach, "Code 5.11", "stages.stage2.refusal-grounds[0]"),
            (Breach, "Code 6.4", "stages.stage1.extension.max"),
            (Breach, "Code 6.5", "stages.stage1.extension.ombudsman-details"),
            (Breach, "Code 6.13", "stages.stage2.reviewer-must-differ"),
            (Breach, "Code 6.15", "stages.stage2.extension.max"),
            (Breach, "Code 6.16", "stages.stage2.extension.ombudsman-details"),
            (Warning, "Code 2.2", "exclusions.outside-remit"),
            (Warning, "Code 2.2", "exclusions.excessive-recompense"),
            (Warning, "Code 2.2", "exclusions.unreasonable-behaviour"),
        ], Findings("his"));
}
