using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Cases.Policies.Compliance;
using static ComplaintsBot.Cases.Policies.Compliance.FindingSeverity;

namespace ComplaintsBot.Cases.Tests.Policies.Compliance;

/// <summary>
/// `policy check` on each seed policy file: the exact shortfalls expected from the file and the Code. Exclusions
/// without a Code basis are warnings (Code 2.2 lists acceptable exclusions but lets others stand if fair and
/// reasonable); an escalation window and each ground for refusing Stage 2 are warnings (Code 5.11); a 6-month age limit and an age limit applied
/// without discretion are breaches (Code 2.3).
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

    [Fact]
    public void Wch_falls_short_on_its_6_month_age_limit_six_exclusions_its_escalation_window_and_six_grounds_to_refuse_an_appeal() =>
        Assert.Equal(
        [
            (Breach, "Code 2.3", "age-limit.limit"),
            (Warning, "Code 2.2", "exclusions.rent-or-service-charge-level"),
            (Warning, "Code 2.2", "exclusions.explanation-of-policy"),
            (Warning, "Code 2.2", "exclusions.asb-report"),
            (Warning, "Code 2.2", "exclusions.legal-or-legislative-requirement"),
            (Warning, "Code 2.2", "exclusions.legal-dispute"),
            (Warning, "Code 2.2", "exclusions.not-a-tenant-or-leaseholder"),
            (Warning, "Code 5.11", "escalation-window"),
            (Warning, "Code 5.11", "stages.stage2.refusal-grounds[0]"),
            (Warning, "Code 5.11", "stages.stage2.refusal-grounds[1]"),
            (Warning, "Code 5.11", "stages.stage2.refusal-grounds[2]"),
            (Warning, "Code 5.11", "stages.stage2.refusal-grounds[3]"),
            (Warning, "Code 5.11", "stages.stage2.refusal-grounds[4]"),
            (Warning, "Code 5.11", "stages.stage2.refusal-grounds[5]"),
        ], Findings("wch"));

    [Fact]
    public void Whg_falls_short_on_its_6_month_age_limit_five_exclusions_and_its_28_day_escalation_window() =>
        Assert.Equal(
        [
            (Breach, "Code 2.3", "age-limit.limit"),
            (Warning, "Code 2.2", "exclusions.asb-report"),
            (Warning, "Code 2.2", "exclusions.service-provider"),
            (Warning, "Code 2.2", "exclusions.insurance-claim"),
            (Warning, "Code 2.2", "exclusions.pre-action-protocol"),
            (Warning, "Code 2.2", "exclusions.other-statutory-agency"),
            (Warning, "Code 5.11", "escalation-window"),
        ], Findings("whg"));

    [Fact]
    public void Cfp_2018_refuses_old_issues_without_discretion_and_has_three_exclusions_the_code_does_not_list() =>
        Assert.Equal(
        [
            (Breach, "Code 2.3", "age-limit.discretionary"),
            (Breach, "Code 2.3", "exclusions.issue-too-old.discretionary"),
            (Warning, "Code 2.2", "exclusions.no-responsibility"),
            (Warning, "Code 2.2", "exclusions.neighbour-dispute"),
            (Warning, "Code 2.2", "exclusions.insurance-claim"),
        ], Findings("cfp-2018"));

    [Fact]
    public void Tch_rosebery_falls_short_on_its_6_month_age_limit_five_exclusions_its_20_day_escalation_window_and_requiring_reasons_for_stage2() =>
        Assert.Equal(
        [
            (Breach, "Code 2.3", "age-limit.limit"),
            (Warning, "Code 2.2", "exclusions.first-time-enquiry"),
            (Warning, "Code 2.2", "exclusions.liability-or-injury-claim"),
            (Warning, "Code 2.2", "exclusions.asb-or-neighbour-dispute"),
            (Warning, "Code 2.2", "exclusions.other-appeal-route"),
            (Warning, "Code 2.2", "exclusions.policy-content"),
            (Warning, "Code 5.11", "escalation-window"),
            (Warning, "Code 5.11", "stages.stage2.refusal-grounds[0]"),
        ], Findings("tch-rosebery"));

    [Fact]
    public void His_refuses_old_issues_without_discretion_has_three_exclusions_the_code_does_not_list_and_may_refuse_stage2_at_its_discretion() =>
        Assert.Equal(
        [
            (Breach, "Code 2.3", "age-limit.discretionary"),
            (Breach, "Code 2.3", "exclusions.issue-too-old.discretionary"),
            (Warning, "Code 2.2", "exclusions.outside-remit"),
            (Warning, "Code 2.2", "exclusions.excessive-recompense"),
            (Warning, "Code 2.2", "exclusions.unreasonable-behaviour"),
            (Warning, "Code 5.11", "stages.stage2.refusal-grounds[0]"),
        ], Findings("his"));
}
