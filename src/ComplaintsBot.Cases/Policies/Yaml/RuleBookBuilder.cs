using YamlDotNet.RepresentationModel;

namespace ComplaintsBot.Cases.Policies.Yaml;

/// <summary>
/// Builds a policy's <see cref="RuleBook"/>: every value of the merged file is a rule; a value the file states
/// itself takes its citation from the file's own rule-book (the entry at its path or the nearest one above it),
/// and an inherited value keeps the citation it has in the parent. A stated value with no citation, or a
/// citation of something the file does not state, is a load error: the file cannot drift from its source.
/// </summary>
internal static class RuleBookBuilder
{
    public const string Key = "rule-book";

    // Who the file is and what it says about itself, rather than rules it applies. Reminders are the bot's own
    // setting, not the landlord's; asking the tenure serves the Regulator's TSM returns, not a complaint rule.
    private static readonly HashSet<string> NotRules =
        ["id", "name", "landlord", "extends", "source", "reference-prefix", "notes", Key, "reminders", "ask-tenure"];

    public static RuleBook Build(
        string file, string policyId, YamlMappingNode own, YamlMappingNode merged,
        IReadOnlyDictionary<string, CitationDocument> citations, RuleBook? parent)
    {
        var ownLeaves = Leaves(own).Select(l => l.Path).ToHashSet(StringComparer.Ordinal);
        foreach (var key in citations.Keys)
            if (!ownLeaves.Any(p => Covers(key, p)))
                throw new PolicyLoadException(file, $"{Key}[{key}]",
                    $"cites '{key}', which this file does not state (an inherited rule keeps its parent's citation).");

        var cited = citations.ToDictionary(c => c.Key, c => ToCitation(file, policyId, c.Key, c.Value), StringComparer.Ordinal);
        var rules = new List<Rule>();
        foreach (var (path, value) in Leaves(merged))
        {
            if (ownLeaves.Contains(path))
            {
                var key = cited.Keys.Where(k => Covers(k, path)).MaxBy(k => k.Length)
                    ?? throw new PolicyLoadException(file, path,
                        $"the rule has no citation: add '{path}' (or an entry above it) to {Key} with the clause it comes from.");
                rules.Add(new Rule(path, value, cited[key]));
            }
            else
            {
                var inherited = parent?.Find(path)
                    ?? throw new PolicyLoadException(file, path, "the rule is neither stated nor inherited with a citation.");
                rules.Add(inherited with { Value = value });
            }
        }
        return new RuleBook(rules);
    }

    private static bool Covers(string key, string path) =>
        path == key || path.StartsWith(key + ".", StringComparison.Ordinal);

    private static Citation ToCitation(string file, string policyId, string key, CitationDocument doc)
    {
        var path = $"{Key}[{key}]";
        if (string.IsNullOrWhiteSpace(doc.Clause)) throw new PolicyLoadException(file, $"{path}.clause", "missing required field.");
        var readings = doc.Readings ?? [];
        if (readings.Count == 1)
            throw new PolicyLoadException(file, $"{path}.readings", "list every reading (two or more), or none where the text is plain.");
        if (readings.Count > 1)
        {
            if (doc.Applies is not { } applies || applies < 1 || applies > readings.Count)
                throw new PolicyLoadException(file, $"{path}.applies", $"say which reading the bot applies, 1 to {readings.Count}.");
            if (string.IsNullOrWhiteSpace(doc.Why))
                throw new PolicyLoadException(file, $"{path}.why", "say why the bot applies that reading.");
        }
        else if (doc.Applies is not null)
            throw new PolicyLoadException(file, $"{path}.applies", "applies names one of the readings; there are none.");
        return new Citation
        {
            PolicyId = policyId,
            Path = key,
            Clause = doc.Clause.Trim(),
            Says = doc.Says?.Trim(),
            Readings = readings,
            Applies = readings.Count > 1 ? doc.Applies : null,
            Why = doc.Why?.Trim(),
        };
    }

    /// <summary>Every rule value under the root, with its path; lists of things with ids are walked by id.</summary>
    public static IEnumerable<(string Path, string Value)> Leaves(YamlMappingNode root)
    {
        foreach (var (keyNode, value) in root.Children)
        {
            var key = ((YamlScalarNode)keyNode).Value!;
            if (NotRules.Contains(key)) continue;
            foreach (var leaf in Leaves(key, value)) yield return leaf;
        }
    }

    private static IEnumerable<(string Path, string Value)> Leaves(string path, YamlNode node)
    {
        switch (node)
        {
            case YamlMappingNode mapping:
                foreach (var (keyNode, value) in mapping.Children)
                    foreach (var leaf in Leaves($"{path}.{((YamlScalarNode)keyNode).Value}", value))
                        yield return leaf;
                break;
            case YamlSequenceNode sequence when sequence.Children.Count > 0 && sequence.Children.All(HasId):
                foreach (var item in sequence.Children.Cast<YamlMappingNode>())
                    foreach (var leaf in Leaves($"{path}.{Id(item)}", item))
                        yield return leaf;
                break;
            default:
                yield return (path, Render(node));
                break;
        }
    }

    private static bool HasId(YamlNode node) =>
        node is YamlMappingNode mapping && mapping.Children.ContainsKey(new YamlScalarNode("id"));

    private static string Id(YamlMappingNode node) => ((YamlScalarNode)node.Children[new YamlScalarNode("id")]).Value!;

    private static string Render(YamlNode node) => node switch
    {
        _ when YamlShape.IsNull(node) => "none",
        YamlScalarNode scalar => scalar.Value ?? "",
        YamlSequenceNode sequence => sequence.Children.Count == 0 ? "none" : string.Join("; ", sequence.Children.Select(Render)),
        YamlMappingNode mapping => "{" + string.Join(", ", mapping.Children.Select(c => $"{((YamlScalarNode)c.Key).Value}: {Render(c.Value)}")) + "}",
        _ => node.ToString(),
    };
}
