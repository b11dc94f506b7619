using ComplaintsBot.Cases.Rules;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;

namespace ComplaintsBot.Cases.Tests.Rules;

/// <summary>Who approves extensions and compensation, and who may own Stage 2, read from each policy file.</summary>
public sealed class ApprovalRulesTests
{
    private static readonly PolicyCatalog Policies = PolicyCatalog.Load();
    private static readonly DateTimeOffset Received = new(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Under_the_code_the_complaint_lead_or_the_line_manager_decides_an_extension_but_never_the_requester()
    {
        var policy = Policies.Get("hoc-2024");
        var manager = Staff(1, "complaint-handler");
        var requester = Staff(2, "complaint-handler");
        requester.LineManagerId = manager.Id;
        var lead = Staff(3, "complaint-lead");
        var colleague = Staff(4, "complaint-handler");

        Assert.True(ApprovalRules.MayDecideExtension(policy, 1, requester, manager));
        Assert.True(ApprovalRules.MayDecideExtension(policy, 1, requester, lead));
        Assert.False(ApprovalRules.MayDecideExtension(policy, 1, requester, colleague));
        Assert.False(ApprovalRules.MayDecideExtension(policy, 1, lead, lead));
    }

    [Fact]
    public void His_lets_a_customer_focus_manager_agree_compensation_up_to_999_99_and_the_executive_team_above()
    {
        var policy = Policies.Get("his");

        Assert.Equal(999.99m, ApprovalRules.CompensationLimit(policy, Staff(1, "customer-focus-manager")));
        Assert.Equal(0m, ApprovalRules.CompensationLimit(policy, Staff(2, "customer-services-team")));
        Assert.Equal("executive-team", ApprovalRules.CompensationApprover(policy, 1500m));
    }

    [Fact]
    public void His_compensation_above_a_limit_goes_to_the_line_manager_whose_limit_covers_it_else_to_the_executive_team()
    {
        var policy = Policies.Get("his");
        var executive = Staff(1, "executive-team");
        var otherExecutive = Staff(2, "executive-team");
        var focusManager = Staff(3, "customer-focus-manager");
        var requester = Staff(4, "service-lead");
        var staff = new[] { executive, otherExecutive, focusManager, requester };

        requester.LineManagerId = executive.Id;
        Assert.Equal([executive.Id], ApprovalRules.CompensationApprovers(policy, requester, 1500m, staff).Select(s => s.Id));
        requester.LineManagerId = focusManager.Id;
        Assert.Equal([executive.Id, otherExecutive.Id], ApprovalRules.CompensationApprovers(policy, requester, 1500m, staff).Select(s => s.Id));
        Assert.False(ApprovalRules.MayAgreeCompensation(policy, focusManager, 1500m));
        Assert.True(ApprovalRules.MayAgreeCompensation(policy, executive, 1500m));
        Assert.False(ApprovalRules.HoldsCompensationRole(policy, Staff(5, "customer-services-team")));
    }

    [Fact]
    public void His_compensation_the_team_leader_who_deputises_for_the_cfm_agrees_no_amount_only_the_roles_the_text_names_do()
    {
        var policy = Policies.Get("his");

        Assert.Equal(0m, ApprovalRules.CompensationLimit(policy, Staff(1, "customer-services-team-leader")));
        Assert.Equal(999.99m, ApprovalRules.CompensationLimit(policy, Staff(2, "service-lead")));
        Assert.Equal(999.99m, ApprovalRules.CompensationLimit(policy, Staff(3, "director-of-communities")));
        // The panel is as senior as the Executive team but is not named for amounts of £1,000 or more.
        Assert.Equal(999.99m, ApprovalRules.CompensationLimit(policy, Staff(4, "complaints-panel")));
        Assert.Null(ApprovalRules.CompensationLimit(policy, Staff(5, "executive-team")));
    }

    // Why 12: where the policy is silent or refers to guidance the bot does not hold, the file states who agrees
    // compensation (its fallback, with the reading) and nobody else may: not "anyone, any amount".
    [Theory]
    [InlineData("wch", "customer-experience-manager", "team-manager", "WCH 9 (no levels; the Goodwill Gesture Policy is a related document)")]
    [InlineData("whg", "service-manager", "customer-experience-advisor", "whg 2.20")]
    [InlineData("cfp-2018", "relevant-manager", "service-improvement-team", "cfp 5 Redress and compensation")]
    [InlineData("tch-rosebery", "customer-experience-manager", "manager", "TCH 8.4, Related Documents (Compensation Policy)")]
    public void Where_the_policy_sets_no_levels_only_the_role_its_file_names_agrees_compensation(string policyId, string approver, string other, string clause)
    {
        var policy = Policies.Get(policyId);

        Assert.Null(ApprovalRules.CompensationLimit(policy, Staff(1, approver)));
        Assert.Equal(0m, ApprovalRules.CompensationLimit(policy, Staff(2, other)));
        Assert.Equal(approver, ApprovalRules.CompensationApprover(policy, 50m));
        var citation = policy.RuleBook.Find("compensation")!.Citation;
        Assert.Equal((policyId, clause), (citation.PolicyId, citation.Clause));
        Assert.NotNull(citation.Why);
    }

    [Fact]
    public void The_code_sets_no_compensation_limit()
    {
        Assert.Null(ApprovalRules.CompensationLimit(Policies.Get("hoc-2024"), Staff(1, "complaint-handler")));
    }

    [Fact]
    public void Whg_stage2_owner_must_hold_the_stage2_role_and_outrank_the_stage1_owner()
    {
        var policy = Policies.Get("whg");
        var @case = Complaint(policy);
        var stage1Owner = Staff(1, "service-manager");
        var senior = Staff(2, "senior-service-manager");
        var advisor = Staff(3, "customer-experience-advisor");

        Assert.Null(ApprovalRules.WhyNotStageOwner(policy, 2, @case, senior, stage1Owner));
        Assert.Contains("does not hold a role", ApprovalRules.WhyNotStageOwner(policy, 2, @case, advisor, stage1Owner));
        Assert.Contains("more senior", ApprovalRules.WhyNotStageOwner(policy, 2, @case, senior, Staff(4, "senior-service-manager")));
    }

    [Fact]
    public void The_code_lets_anyone_but_the_stage1_handler_review_stage2()
    {
        var policy = Policies.Get("hoc-2024");
        var handler = Staff(1, "complaint-handler");

        Assert.Contains("needs someone else", ApprovalRules.WhyNotStageOwner(policy, 2, Complaint(policy), handler, handler));
        Assert.Null(ApprovalRules.WhyNotStageOwner(policy, 2, Complaint(policy), Staff(2, "complaint-handler"), handler));
    }

    private static StaffMember Staff(int id, params string[] roles)
    {
        var member = new StaffMember($"aad-{id}", $"Staff {id}") { Roles = [.. roles] };
        typeof(StaffMember).GetProperty(nameof(StaffMember.Id))!.SetValue(member, id);
        return member;
    }

    private static Case Complaint(Policy policy) => Case.Open(new CaseReference(policy.ReferencePrefix, 2026, 1), new CaseIntake
    {
        PolicyId = policy.Id, CategoryId = "complaint", Kind = ContactKind.Complaint,
        Customer = Customer.Named("Mr A", CustomerRelationship.Tenant), Channel = ContactChannel.Phone, ReceivedAt = Received, Description = "Leak.",
    });
}
