using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Cases.Rules;

namespace ComplaintsBot.Cases.Tests.Policies;

/// <summary>The `classification` rules each policy states as data.</summary>
public sealed class ClassificationRulesTests
{
    private static readonly PolicyCatalog Catalog = PolicyCatalog.Load();

    [Theory]
    [InlineData("whg")]
    [InlineData("cfp-2018")]
    public void A_health_and_safety_concern_always_makes_a_formal_complaint_under(string policyId) =>
        Assert.Equal(["health-and-safety"], Catalog.Get(policyId).Classification.ConcernsMakeAComplaint);

    [Theory]
    [InlineData("hoc-2024")]
    [InlineData("wch")]
    [InlineData("tch-rosebery")]
    [InlineData("his")]
    public void No_concern_makes_a_complaint_by_itself_under(string policyId) =>
        Assert.Empty(Catalog.Get(policyId).Classification.ConcernsMakeAComplaint);

    [Fact]
    public void His_does_not_record_a_customers_thanks_at_the_end_of_an_interaction_as_a_compliment() =>
        Assert.True(Catalog.Get("his").Classification.ThanksIsNotACompliment);

    [Theory]
    [InlineData("hoc-2024")]
    [InlineData("wch")]
    [InlineData("whg")]
    [InlineData("cfp-2018")]
    [InlineData("tch-rosebery")]
    public void Thanks_may_be_a_compliment_under(string policyId) =>
        Assert.False(Catalog.Get(policyId).Classification.ThanksIsNotACompliment);

    // Why 12: each landlord's provision for persistent or unreasonable behaviour, with what it allows and who decides.
    [Theory]
    [InlineData("wch", "customer-experience-manager", "WCH 7.1-7.2, 5.3.2", new[] { UnreasonableBehaviourMeasure.RestrictContact, UnreasonableBehaviourMeasure.RefuseEscalation })]
    [InlineData("whg", "director-of-business-excellence", "whg 2.27", new[] { UnreasonableBehaviourMeasure.EndComplaint })]
    [InlineData("cfp-2018", "senior-manager", "cfp 10", new[] { UnreasonableBehaviourMeasure.RestrictContact })]
    [InlineData("tch-rosebery", "customer-experience-manager", "TCH 10.1-10.2", new[] { UnreasonableBehaviourMeasure.RestrictContact, UnreasonableBehaviourMeasure.EndComplaint })]
    [InlineData("his", "customer-focus-manager", "HiS, How we will deal with repeat or habitual complaints", new[] { UnreasonableBehaviourMeasure.RestrictContact, UnreasonableBehaviourMeasure.RefuseComplaint })]
    public void Unreasonable_behaviour_is_handled_as_the_policy_says_by_the_role_it_names(string policyId, string decider, string clause, UnreasonableBehaviourMeasure[] measures)
    {
        var policy = Catalog.Get(policyId);
        var provision = policy.UnreasonableBehaviour!;
        Assert.Equal(decider, provision.Decider);
        Assert.Equal(measures, provision.May);
        Assert.Equal(clause, policy.RuleBook.Find("unreasonable-behaviour.handled-under")!.Citation.Clause);
        Assert.Contains(policy.Roles, r => r.Id == decider);
    }

    [Fact]
    public void Tch_10_2_an_unreasonably_persistent_customers_complaint_is_closed_only_with_a_final_letter()
    {
        var provision = Catalog.Get("tch-rosebery").UnreasonableBehaviour!;
        Assert.Contains("final letter", provision.Guidance);
    }

    [Fact]
    public void An_unknown_concern_is_refused_naming_the_file_and_field()
    {
        var folder = Directory.CreateTempSubdirectory("policy-classification-").FullName;
        try
        {
            File.Copy(Path.Combine(PolicyCatalog.DefaultFolder, "hoc-2024.yaml"), Path.Combine(folder, "hoc-2024.yaml"));
            File.WriteAllText(Path.Combine(folder, "bad.yaml"), """
                id: bad
                name: Bad
                landlord: Bad Homes
                extends: hoc-2024
                source: test
                reference-prefix: BAD
                classification:
                  concerns-make-a-complaint: [damp]
                """);

            var error = Assert.Throws<PolicyLoadException>(() => PolicyLoader.LoadFile(Path.Combine(folder, "bad.yaml")));

            Assert.Contains("bad.yaml", error.Message);
            Assert.Contains("classification.concerns-make-a-complaint[0]", error.Message);
            Assert.Contains("'damp' is not a concern", error.Message);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
    // Code 1.3-1.4: the Code's policy file records two readings of a declined complaint and applies the second (the
    // Ombudsman's compliance-check reading); a landlord file may state the other, and the suggestion follows the file.
    private static readonly GuidedAnswers DeclinedARepeatIssue = new(ComplaintByConcern: false, Unhappy: true, FirstTime: false,
        WantsInvestigation: false, Praise: null, MoreThanThanks: null, AsksForAction: null);

    [Fact]
    public void Code_1_4_a_declined_complaint_is_recorded_as_feedback_not_a_service_request()
    {
        var code = Catalog.Get("hoc-2024");
        var citation = code.RuleBook.Find("classification.declined-complaint")!.Citation;
        Assert.Equal(("Code 1.3-1.4", 2), (citation.Clause, citation.Applies));
        Assert.StartsWith("not a service request", citation.AppliedReading);
        Assert.Equal(ContactKind.Feedback, ClassificationSuggestion.For(code, DeclinedARepeatIssue).Kind);
    }

    [Fact]
    public void A_landlord_file_that_reads_a_declined_complaint_as_a_service_request_gets_one_suggested()
    {
        var folder = Directory.CreateTempSubdirectory("policy-declined-").FullName;
        try
        {
            File.Copy(Path.Combine(PolicyCatalog.DefaultFolder, "hoc-2024.yaml"), Path.Combine(folder, "hoc-2024.yaml"));
            File.WriteAllText(Path.Combine(folder, "other.yaml"), """
                id: other
                name: Other
                landlord: Other Homes
                extends: hoc-2024
                source: test
                reference-prefix: OTH
                classification:
                  declined-complaint: service-request
                rule-book:
                  classification.declined-complaint: {clause: "Other 1.1"}
                """);

            var policy = PolicyLoader.LoadFile(Path.Combine(folder, "other.yaml"));

            Assert.Equal(DeclinedComplaint.ServiceRequest, policy.Classification.DeclinedComplaint);
            Assert.Equal(ContactKind.ServiceRequest, ClassificationSuggestion.For(policy, DeclinedARepeatIssue).Kind);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
