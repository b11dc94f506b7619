using ComplaintsBot.Cases.Policies;

namespace ComplaintsBot.Cases.Tests.Policies;

/// <summary>Wording, exclusions, roles and recorded contradictions read back from the seed files.</summary>
public class PolicyContentTests
{
    [Fact]
    public void Wch_grumble_is_feedback_defined_in_the_policys_own_words()
    {
        var grumble = SeedPolicies.Get("wch").Category("grumble");
        Assert.Equal(ContactKind.Feedback, grumble.Kind);
        Assert.StartsWith("A dissatisfaction with our service which does not result in a complaint", grumble.Definition);
    }

    [Fact]
    public void Whg_refuses_issues_older_than_6_months_except_safeguarding_and_health_and_safety()
    {
        var tooOld = SeedPolicies.Get("whg").Exclusions.Single(e => e.Id == "issue-too-old");
        Assert.Equal("issue-too-old", tooOld.CodeBasis);
        Assert.Equal(["safeguarding", "health-and-safety"], tooOld.Exceptions);
        Assert.StartsWith("Was the complaint reported more than 6 months", tooOld.Question);
    }

    [Fact]
    public void Whg_pre_action_protocol_exclusion_has_no_code_basis_as_the_code_counts_only_claims_filed_at_court()
    {
        var exclusions = SeedPolicies.Get("whg").Exclusions;
        Assert.Null(exclusions.Single(e => e.Id == "pre-action-protocol").CodeBasis);
        Assert.Equal("legal-proceedings", exclusions.Single(e => e.Id == "legal-proceedings").CodeBasis);
    }

    [Fact]
    public void Wch_legal_dispute_exclusion_reaches_further_than_the_code_so_has_no_code_basis() =>
        Assert.Null(SeedPolicies.Get("wch").Exclusions.Single(e => e.Id == "legal-dispute").CodeBasis);

    [Fact]
    public void Wch_may_refuse_an_appeal_on_its_six_stated_grounds() =>
        Assert.Equal(6, SeedPolicies.Get("wch").Stage(2).RefusalGrounds.Count);

    [Fact]
    public void Wch_records_both_readings_of_the_appeal_window()
    {
        var note = Assert.Single(SeedPolicies.Get("wch").Notes, n => n.StartsWith("Escalation window"));
        Assert.Contains("ten days", note);
        Assert.Contains("ten working days", note);
    }

    [Fact]
    public void Tch_stage1_is_owned_by_the_senior_customer_experience_officer_and_signed_off_by_the_manager()
    {
        var stage1 = SeedPolicies.Get("tch-rosebery").Stage(1);
        Assert.Equal(["senior-customer-experience-officer"], stage1.OwnerRoles);
        Assert.Equal("customer-experience-manager", stage1.SignOffRole);
    }

    [Fact]
    public void His_stage2_is_reviewed_by_the_panel() =>
        Assert.Equal(["complaints-panel"], SeedPolicies.Get("his").Stage(2).OwnerRoles);

    [Fact]
    public void Cfp_refers_health_and_safety_risks_to_a_senior_manager() =>
        Assert.Contains("refer it at once to a senior manager", SeedPolicies.Get("cfp-2018").Category("complaint").Guidance);

    [Fact]
    public void Tch_records_that_its_printed_ombudsman_address_is_out_of_date() =>
        Assert.Contains(SeedPolicies.Get("tch-rosebery").Notes, n => n.Contains("out of date"));
}
