using ComplaintsBot.Cases.Policies;

namespace ComplaintsBot.Cases.Tests.Policies;

/// <summary>
/// The rule-book of a policy file: every rule the file states cites the clause it comes from, nothing is cited
/// that the file does not state, a rule the file leaves unsaid keeps the Code's citation, and readings of an
/// ambiguous text say which one applies and why.
/// </summary>
public sealed class RuleBookLoadingTests : IDisposable
{
    private readonly PolicyFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private const string Body = """
        stages:
          stage1:
            acknowledge: {within: 2 working days, from: received}

        """;

    private Policy LoadChild(string ruleBook)
    {
        _folder.Write("child.yaml", PolicyFolder.LandlordHead("child") + Body + ruleBook);
        return _folder.Load("child.yaml");
    }

    [Fact]
    public void A_stated_rule_cites_its_clause_and_a_rule_left_unsaid_keeps_the_codes_citation()
    {
        var policy = LoadChild("""
            rule-book:
              stages.stage1.acknowledge: {clause: TST 5.1, says: within two working days}
            """);
        var within = policy.RuleBook.Find("stages.stage1.acknowledge.within")!;
        Assert.Equal(("2 working days", "TST 5.1", "child", "within two working days"), (within.Value, within.Citation.Clause, within.Citation.PolicyId, within.Citation.Says));
        var respond = policy.RuleBook.Find("stages.stage1.respond.within")!;
        Assert.Equal(("10 working days", "Code 6.3", "hoc-2024"), (respond.Value, respond.Citation.Clause, respond.Citation.PolicyId));
        Assert.True(policy.Declares("stages.stage1.acknowledge"));
        Assert.False(policy.Declares("stages.stage1.respond"));
    }

    [Fact]
    public void A_stated_rule_without_a_citation_is_refused()
    {
        var e = Assert.Throws<PolicyLoadException>(() => LoadChild("""
            rule-book:
              stages.stage1.respond: {clause: TST 5.2}
            """));
        Assert.Contains("rule-book[stages.stage1.respond]", e.Message);
    }

    [Fact]
    public void A_rule_with_no_citation_at_all_is_refused_naming_the_rule()
    {
        var e = Assert.Throws<PolicyLoadException>(() => LoadChild("""
            rule-book:
              stages.stage1.acknowledge.within: {clause: TST 5.1}
            """));
        Assert.Equal("stages.stage1.acknowledge.from", e.Field);
    }

    [Fact]
    public void The_nearest_citation_above_a_rule_applies()
    {
        var policy = LoadChild("""
            rule-book:
              stages: {clause: TST 5}
              stages.stage1.acknowledge.within: {clause: TST 5.1}
            """);
        Assert.Equal("TST 5.1", policy.RuleBook.Find("stages.stage1.acknowledge.within")!.Citation.Clause);
        Assert.Equal("TST 5", policy.RuleBook.Find("stages.stage1.acknowledge.from")!.Citation.Clause);
    }

    [Fact]
    public void Readings_name_the_one_applied_and_why()
    {
        var policy = LoadChild("""
            rule-book:
              stages.stage1.acknowledge:
                clause: TST 5.1
                readings: [two working days, five working days]
                applies: 1
                why: the stricter
            """);
        var citation = policy.RuleBook.Find("stages.stage1.acknowledge.within")!.Citation;
        Assert.Equal(("two working days", "the stricter"), (citation.AppliedReading, citation.Why));
    }

    [Theory]
    [InlineData("readings: [only one]", "rule-book[stages.stage1.acknowledge].readings")]
    [InlineData("readings: [one, two]\n    why: because", "rule-book[stages.stage1.acknowledge].applies")]
    [InlineData("readings: [one, two]\n    applies: 3\n    why: because", "rule-book[stages.stage1.acknowledge].applies")]
    [InlineData("readings: [one, two]\n    applies: 2", "rule-book[stages.stage1.acknowledge].why")]
    [InlineData("applies: 1", "rule-book[stages.stage1.acknowledge].applies")]
    public void Readings_must_be_two_or_more_with_the_applied_one_and_why(string entry, string field)
    {
        var e = Assert.Throws<PolicyLoadException>(() => LoadChild($"rule-book:\n  stages.stage1.acknowledge:\n    clause: TST 5.1\n    {entry}\n"));
        Assert.Equal(field, e.Field);
    }

    [Fact]
    public void A_citation_needs_a_clause()
    {
        var e = Assert.Throws<PolicyLoadException>(() => LoadChild("rule-book:\n  stages.stage1.acknowledge: {says: within two working days}\n"));
        Assert.Equal("rule-book[stages.stage1.acknowledge].clause", e.Field);
    }

    [Fact]
    public void Every_rule_of_every_seed_policy_cites_a_clause_and_readings_say_which_applies()
    {
        foreach (var policy in PolicyCatalog.Load().Policies)
        {
            Assert.NotEmpty(policy.RuleBook.Rules);
            foreach (var rule in policy.RuleBook.Rules)
            {
                Assert.False(string.IsNullOrWhiteSpace(rule.Citation.Clause), $"{policy.Id} {rule.Path}");
                if (rule.Citation.Readings.Count > 0) Assert.NotNull(rule.Citation.AppliedReading);
            }
        }
    }
}
