namespace ComplaintsBot.Cases.Tests.Policies.RuleBooks;

/// <summary>
/// Each seed policy's rule book, clause by clause: every rule with its value and the clause it comes from, one file
/// per policy (<c>*RuleBook.cs</c>). Changing a rule in a policy file fails here until its row is changed too, next to
/// its clause: a rule cannot move without its citation being looked at.
/// </summary>
public sealed class RuleBookTests
{
    private static readonly (string PolicyId, TheoryData<string, string, string> Book)[] Books =
    [
        (Cfp2018RuleBook.PolicyId, Cfp2018RuleBook.Book),
        (HisRuleBook.PolicyId, HisRuleBook.Book),
        (HocRuleBook.PolicyId, HocRuleBook.Book),
        (TchRoseberyRuleBook.PolicyId, TchRoseberyRuleBook.Book),
        (WchRuleBook.PolicyId, WchRuleBook.Book),
        (WhgRuleBook.PolicyId, WhgRuleBook.Book),
    ];

    public static TheoryData<string, string, string, string> Rules
    {
        get
        {
            var rows = new TheoryData<string, string, string, string>();
            foreach (var (policyId, book) in Books)
                foreach (var row in book) rows.Add(policyId, (string)row[0], (string)row[1], (string)row[2]);
            return rows;
        }
    }

    public static TheoryData<string> PolicyIds => new(Books.Select(b => b.PolicyId));

    [Theory]
    [MemberData(nameof(Rules))]
    public void Rule(string policyId, string clause, string path, string value) => RuleBookAssert.Rule(policyId, clause, path, value);

    [Theory]
    [MemberData(nameof(PolicyIds))]
    public void The_book_walks_every_rule_of_the_policy_in_order(string policyId) =>
        RuleBookAssert.WalksEveryRule(policyId, Books.Single(b => b.PolicyId == policyId).Book);
}
