using ComplaintsBot.Cases.Policies;
using static ComplaintsBot.Cases.Time.Timescale;

namespace ComplaintsBot.Cases.Tests.Policies;

public class PolicyInheritanceTests
{
    private static readonly Policy Code = SeedPolicies.Get("hoc-2024");

    [Fact]
    public void Cfp_2018_inherits_the_codes_stage1_acknowledgement_as_it_sets_none() =>
        Assert.Equal(Code.Stage(1).Acknowledge, SeedPolicies.Get("cfp-2018").Stage(1).Acknowledge);

    [Fact]
    public void Cfp_2018_inherits_the_codes_extension_limits_but_states_its_own_approvers()
    {
        var cfp = SeedPolicies.Get("cfp-2018");
        Assert.Equal(Code.Stage(1).Extension.Max, cfp.Stage(1).Extension.Max);
        Assert.Equal(Code.Stage(2).Extension.Max, cfp.Stage(2).Extension.Max);
        Assert.Equal("service-improvement-team", cfp.Stage(1).Extension.Approver);
    }

    [Fact]
    public void His_inherits_the_codes_extension_limits() =>
        Assert.Equal(
            [Code.Stage(1).Extension.Max, Code.Stage(2).Extension.Max],
            SeedPolicies.Get("his").Stages.Select(s => s.Extension.Max));

    [Fact]
    public void His_inherits_the_codes_stage2_timescales()
    {
        var his = SeedPolicies.Get("his");
        Assert.Equal(Code.Stage(2).Acknowledge, his.Stage(2).Acknowledge);
        Assert.Equal(Code.Stage(2).Respond, his.Stage(2).Respond);
    }

    [Fact]
    public void A_landlord_that_only_adds_other_signposting_keeps_the_codes_ombudsman_text()
    {
        var whg = SeedPolicies.Get("whg");
        Assert.Equal(Code.Signposting.Ombudsman, whg.Signposting.Ombudsman);
        Assert.Equal(Code.Signposting.Contact, whg.Signposting.Contact);
        Assert.Contains("Charity Commission", whg.Signposting.Other);
    }

    [Fact]
    public void A_landlords_category_list_replaces_the_codes_whole()
    {
        var wch = SeedPolicies.Get("wch");
        Assert.Equal(["service-request", "grumble", "complaint", "compliment"], wch.Categories.Select(c => c.Id));
    }

    [Fact]
    public void The_stage2_reviewer_rule_of_the_code_holds_where_a_landlord_adds_seniority()
    {
        var wch = SeedPolicies.Get("wch").Stage(2);
        Assert.True(wch.ReviewerMustDifferFromPreviousStage);
        Assert.True(wch.ReviewerMustBeMoreSenior);
        Assert.True(SeedPolicies.Get("tch-rosebery").Stage(2).ReviewerMustDifferFromPreviousStage);
    }

    [Fact]
    public void A_child_overrides_one_nested_key_and_inherits_its_siblings()
    {
        using var folder = new PolicyFolder();
        folder.Write("child.yaml", PolicyFolder.LandlordHead("child") + """
            stages:
              stage2:
                respond:
                  within: 15 working days
            """);

        var child = folder.Load("child.yaml");

        Assert.Equal(WorkingDays(15), child.Stage(2).Respond.Within);
        Assert.Equal(CaseEvent.Stage2Acknowledged, child.Stage(2).Respond.From);
        Assert.Equal(Code.Stage(2).Acknowledge, child.Stage(2).Acknowledge);
        Assert.Equal(Code.Stage(1).Respond, child.Stage(1).Respond);
        Assert.Equal(Code.Stage(1).Extension, child.Stage(1).Extension);
        Assert.Equal(Code.Stage(1).OwnerRoles, child.Stage(1).OwnerRoles);
        Assert.Equal("child", child.Id);
        Assert.Equal("TST", child.ReferencePrefix);
    }

    [Fact]
    public void A_child_clears_an_inherited_value_with_null()
    {
        using var folder = new PolicyFolder();
        folder.Write("child.yaml", PolicyFolder.LandlordHead("child") + """
            stages:
              stage1:
                acknowledge: ~
            """);

        Assert.Null(folder.Load("child.yaml").Stage(1).Acknowledge);
    }

    [Fact]
    public void A_childs_list_replaces_the_parents_list_whole()
    {
        using var folder = new PolicyFolder();
        folder.Write("child.yaml", PolicyFolder.LandlordHead("child") + """
            exclusions:
              - id: only-one
                question: Is it the only one?
                explanation: It is.
                discretionary: false
            """);

        Assert.Equal(["only-one"], folder.Load("child.yaml").Exclusions.Select(e => e.Id));
    }

    [Fact]
    public void A_grandchild_inherits_through_its_parent_from_the_code()
    {
        using var folder = new PolicyFolder();
        folder.Write("parent.yaml", PolicyFolder.LandlordHead("parent") + """
            escalation-window:
              within: 28 days
            """);
        folder.Write("grandchild.yaml", PolicyFolder.LandlordHead("grandchild", extends: "parent") + """
            stages:
              stage1:
                acknowledge:
                  within: 2 working days
            """);

        var grandchild = folder.Load("grandchild.yaml");

        Assert.Equal("parent", grandchild.Extends);
        Assert.Equal(CalendarDays(28), grandchild.EscalationWindow?.Within);
        Assert.Equal(WorkingDays(2), grandchild.Stage(1).Acknowledge?.Within);
        Assert.Equal(CaseEvent.Received, grandchild.Stage(1).Acknowledge?.From);
        Assert.Equal(Code.Stage(2).Respond, grandchild.Stage(2).Respond);
    }
}
