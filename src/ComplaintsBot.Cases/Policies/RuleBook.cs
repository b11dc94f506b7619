namespace ComplaintsBot.Cases.Policies;

/// <summary>
/// Where a rule comes from: a clause of the landlord's document, or of the Code where the landlord's file is
/// silent and the rule is inherited. Where the document can be read more than one way, every reading, the one
/// the bot applies and why.
/// </summary>
public sealed record Citation
{
    /// <summary>The policy file whose rule-book holds the citation: the landlord's own, or the one it extends.</summary>
    public required string PolicyId { get; init; }
    /// <summary>The rule-book key: the rules at and under this path share the citation.</summary>
    public required string Path { get; init; }
    public required string Clause { get; init; }
    /// <summary>The document's own words, where the file quotes them.</summary>
    public string? Says { get; init; }
    public IReadOnlyList<string> Readings { get; init; } = [];
    /// <summary>Which of <see cref="Readings"/> the bot applies, counted from 1; null where there is one reading.</summary>
    public int? Applies { get; init; }
    public string? Why { get; init; }

    public string? AppliedReading => Applies is { } n ? Readings[n - 1] : null;
}

/// <summary>One rule of a policy: a value at a path of the policy file ("stages.stage1.acknowledge.within").</summary>
public sealed record Rule(string Path, string Value, Citation Citation);

/// <summary>
/// Every rule a policy applies, each with its citation, in the order of the policy file. Built by the loader, which
/// refuses a file that states a rule without citing it or cites a rule it does not state.
/// </summary>
public sealed class RuleBook
{
    public static RuleBook Empty { get; } = new([]);

    private readonly Dictionary<string, Rule> _byPath;

    public RuleBook(IReadOnlyList<Rule> rules)
    {
        Rules = rules;
        _byPath = rules.ToDictionary(r => r.Path, StringComparer.Ordinal);
    }

    public IReadOnlyList<Rule> Rules { get; }

    public Rule? Find(string path) => _byPath.GetValueOrDefault(path);

    /// <summary>The rules at or under a path ("stages.stage1.extension" holds its max, approver, ...).</summary>
    public IEnumerable<Rule> Under(string path) =>
        Rules.Where(r => r.Path == path || r.Path.StartsWith(path + ".", StringComparison.Ordinal));

    /// <summary>
    /// Whether <paramref name="policyId"/>'s own file states a rule at or under the path, rather than inheriting it.
    /// </summary>
    public bool Declares(string policyId, string path) => Under(path).Any(r => r.Citation.PolicyId == policyId);

    /// <summary>The rules grouped by the citation they share, in the order of the file: the rule book as it is read.</summary>
    public IReadOnlyList<(Citation Citation, IReadOnlyList<Rule> Rules)> Entries()
    {
        var entries = new List<(Citation, List<Rule>)>();
        var index = new Dictionary<Citation, List<Rule>>();
        foreach (var rule in Rules)
        {
            if (!index.TryGetValue(rule.Citation, out var list))
            {
                list = [];
                index[rule.Citation] = list;
                entries.Add((rule.Citation, list));
            }
            list.Add(rule);
        }
        return entries.Select(e => (e.Item1, (IReadOnlyList<Rule>)e.Item2)).ToList();
    }
}
