namespace ComplaintsBot.Cases.Tests.Policies.RuleBooks;

internal static class RuleBookAssert
{
    /// <summary>The seed policy states (or inherits) the rule at the path with this value, citing this clause.</summary>
    public static void Rule(string policyId, string clause, string path, string value)
    {
        var rule = SeedPolicies.Get(policyId).RuleBook.Find(path);
        Assert.True(rule is not null, $"{policyId} has no rule '{path}'.");
        Assert.Equal(value, rule.Value);
        Assert.Equal(clause, rule.Citation.Clause);
    }

    /// <summary>The book's rows are the policy's rules, all of them, in the order of the file.</summary>
    public static void WalksEveryRule(string policyId, TheoryData<string, string, string> book) =>
        Assert.Equal(
            SeedPolicies.Get(policyId).RuleBook.Rules.Select(r => r.Path),
            book.Select(row => (string)row[1]));
}
