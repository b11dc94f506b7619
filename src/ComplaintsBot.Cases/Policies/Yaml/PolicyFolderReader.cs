using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace ComplaintsBot.Cases.Policies.Yaml;

/// <summary>
/// Reads policy files from one folder: parses a file, merges it over the policy it extends (found in the same
/// folder as &lt;id&gt;.yaml), checks the merged tree's shape, deserializes it and maps it to a <see cref="Policy"/>.
/// Each policy is read once; parents are read (and checked) before their children.
/// </summary>
internal sealed class PolicyFolderReader(string folder)
{
    public const string Extension = ".yaml";

    // The keys a file must state itself: inheriting them would make a landlord's file pass for its parent.
    private static readonly string[] OwnKeys = ["id", "name", "landlord", "source", "reference-prefix"];

    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(HyphenatedNamingConvention.Instance)
        .Build();

    private readonly Dictionary<string, (YamlMappingNode Merged, Policy Policy)> _loaded = new(StringComparer.Ordinal);
    private readonly List<string> _inProgress = [];

    public string Folder { get; } = folder;

    public Policy Load(string id) => Resolve(id, extendedBy: null).Policy;

    private (YamlMappingNode Merged, Policy Policy) Resolve(string id, string? extendedBy)
    {
        if (_loaded.TryGetValue(id, out var done)) return done;
        var file = id + Extension;
        if (_inProgress.Contains(id))
            throw new PolicyLoadException(extendedBy!, "extends",
                $"extends cycle: {string.Join(" -> ", _inProgress.SkipWhile(p => p != id).Append(id))}.");
        var path = Path.Combine(Folder, file);
        if (!File.Exists(path))
            throw extendedBy is null
                ? new PolicyLoadException(file, null, $"no such file in '{Folder}'.")
                : new PolicyLoadException(extendedBy, "extends", $"unknown parent policy '{id}': there is no {file} in '{Folder}'.");

        _inProgress.Add(id);
        var own = Parse(file, File.ReadAllText(path));
        foreach (var key in OwnKeys)
            if (!own.Children.ContainsKey(new YamlScalarNode(key)))
                throw new PolicyLoadException(file, key, "missing required field (each file states its own, it is never inherited).");
        YamlShape.Check(file, own, typeof(PolicyDocument), "");

        // A file's rule-book cites its own rules only: it is taken out before merging and never inherited.
        var citations = TakeRuleBook(file, own);
        var merged = own;
        RuleBook? parentBook = null;
        if (own.Children.TryGetValue(new YamlScalarNode("extends"), out var extendsNode) && !YamlShape.IsNull(extendsNode))
        {
            var parentId = ((YamlScalarNode)extendsNode).Value!.Trim();
            // The id becomes a file name: a path ("../x") must never reach the file system.
            if (!PolicyDocumentMapper.IsKebab(parentId))
                throw new PolicyLoadException(file, "extends", $"'{parentId}' is not a policy id (the name of a file in the same folder, without .yaml).");
            var parent = Resolve(parentId, file);
            merged = YamlMerge.Merge(parent.Merged, own);
            parentBook = parent.Policy.RuleBook;
        }

        var policy = new PolicyDocumentMapper(file).Map(Deserialize(file, merged));
        policy = policy with { RuleBook = RuleBookBuilder.Build(file, id, own, merged, citations, parentBook) };
        _inProgress.Remove(id);
        _loaded[id] = (merged, policy);
        return (merged, policy);
    }

    private static Dictionary<string, CitationDocument> TakeRuleBook(string file, YamlMappingNode own)
    {
        var key = new YamlScalarNode(RuleBookBuilder.Key);
        if (!own.Children.TryGetValue(key, out var node)) return [];
        own.Children.Remove(key);
        if (YamlShape.IsNull(node)) return [];
        using var writer = new StringWriter();
        new YamlStream(new YamlDocument(node)).Save(writer, assignAnchors: false);
        try
        {
            return Deserializer.Deserialize<Dictionary<string, CitationDocument>>(writer.ToString());
        }
        catch (YamlException e)
        {
            throw new PolicyLoadException(file, RuleBookBuilder.Key, (e.InnerException ?? e).Message);
        }
    }

    private static YamlMappingNode Parse(string file, string text)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            throw new PolicyLoadException(file, null,
                $"not valid YAML at line {e.Start.Line}, column {e.Start.Column}: {(e.InnerException ?? e).Message}");
        }
        return stream.Documents.Count switch
        {
            0 => throw new PolicyLoadException(file, null, "the file is empty."),
            > 1 => throw new PolicyLoadException(file, null, "the file holds more than one YAML document."),
            _ => stream.Documents[0].RootNode as YamlMappingNode
                ?? throw new PolicyLoadException(file, null, "the file must be keys and values (id:, name:, ...)."),
        };
    }

    private static PolicyDocument Deserialize(string file, YamlMappingNode merged)
    {
        using var writer = new StringWriter();
        new YamlStream(new YamlDocument(merged)).Save(writer, assignAnchors: false);
        try
        {
            return Deserializer.Deserialize<PolicyDocument>(writer.ToString());
        }
        catch (YamlException e)
        {
            // The shape check runs first, so this is a gap in it; still name the file.
            throw new PolicyLoadException(file, null, (e.InnerException ?? e).Message);
        }
    }
}
