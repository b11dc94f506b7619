using YamlDotNet.RepresentationModel;

namespace ComplaintsBot.Cases.Policies.Yaml;

/// <summary>
/// How `extends` works: the parent's mapping under the child's. Mappings merge key by key, all the way down;
/// anything else (a value, a list, an explicit null) in the child replaces the parent's whole.
/// </summary>
internal static class YamlMerge
{
    public static YamlMappingNode Merge(YamlMappingNode parent, YamlMappingNode child)
    {
        var merged = new YamlMappingNode();
        foreach (var (key, parentValue) in parent.Children)
            merged.Add(key, child.Children.TryGetValue(key, out var childValue) ? MergeValue(parentValue, childValue) : parentValue);
        foreach (var (key, childValue) in child.Children)
            if (!parent.Children.ContainsKey(key))
                merged.Add(key, childValue);
        return merged;
    }

    private static YamlNode MergeValue(YamlNode parent, YamlNode child) =>
        parent is YamlMappingNode parentMapping && child is YamlMappingNode childMapping
            ? Merge(parentMapping, childMapping)
            : child;
}
