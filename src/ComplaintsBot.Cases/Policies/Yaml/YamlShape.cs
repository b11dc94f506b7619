using System.Globalization;
using System.Reflection;
using YamlDotNet.RepresentationModel;
using YamlDotNet.Serialization.NamingConventions;

namespace ComplaintsBot.Cases.Policies.Yaml;

/// <summary>
/// Checks a YAML tree against the shape of a document type (kebab-case keys, lists, mappings, true/false,
/// whole numbers) before YamlDotNet deserializes it, so every problem is reported with its field path.
/// </summary>
internal static class YamlShape
{
    public static string KeyOf(PropertyInfo property) => HyphenatedNamingConvention.Instance.Apply(property.Name);

    public static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain or YamlDotNet.Core.ScalarStyle.Any } scalar
        && (string.IsNullOrEmpty(scalar.Value) || scalar.Value is "~" or "null" or "Null" or "NULL");

    /// <summary>Throws a <see cref="PolicyLoadException"/> naming <paramref name="file"/> and the path of the first mismatch.</summary>
    public static void Check(string file, YamlNode node, Type type, string path)
    {
        if (IsNull(node)) return;
        type = Nullable.GetUnderlyingType(type) ?? type;

        if (type == typeof(string))
            RequireScalar(file, node, path);
        else if (type == typeof(bool))
        {
            var value = RequireScalar(file, node, path);
            if (value is not ("true" or "false"))
                throw new PolicyLoadException(file, path, $"'{value}' is not true or false.");
        }
        else if (type == typeof(int))
        {
            var value = RequireScalar(file, node, path);
            if (!int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _))
                throw new PolicyLoadException(file, path, $"'{value}' is not a whole number.");
        }
        else if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>))
            CheckList(file, node, type.GetGenericArguments()[0], path);
        else if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Dictionary<,>))
            CheckDictionary(file, node, type.GetGenericArguments()[1], path);
        else
            CheckMapping(file, node, type, path);
    }

    private static string RequireScalar(string file, YamlNode node, string path) =>
        node is YamlScalarNode scalar
            ? scalar.Value ?? ""
            : throw new PolicyLoadException(file, path, $"expected a single value, found {Describe(node)}.");

    private static void CheckList(string file, YamlNode node, Type itemType, string path)
    {
        if (node is not YamlSequenceNode sequence)
            throw new PolicyLoadException(file, path, $"expected a list, found {Describe(node)}.");
        for (var i = 0; i < sequence.Children.Count; i++)
        {
            var itemPath = $"{path}[{i}]";
            if (IsNull(sequence.Children[i]))
                throw new PolicyLoadException(file, itemPath, "empty list entry.");
            Check(file, sequence.Children[i], itemType, itemPath);
        }
    }

    // Keys are free text (a rule-book's rule paths), values have the item type's shape.
    private static void CheckDictionary(string file, YamlNode node, Type valueType, string path)
    {
        if (node is not YamlMappingNode mapping)
            throw new PolicyLoadException(file, path, $"expected keys and values, found {Describe(node)}.");
        foreach (var (keyNode, value) in mapping.Children)
        {
            var keyPath = $"{path}[{(keyNode as YamlScalarNode)?.Value}]";
            if (keyNode is not YamlScalarNode { Value.Length: > 0 })
                throw new PolicyLoadException(file, keyPath, "a key must be a single value.");
            if (IsNull(value)) throw new PolicyLoadException(file, keyPath, "empty entry.");
            Check(file, value, valueType, keyPath);
        }
    }

    private static void CheckMapping(string file, YamlNode node, Type type, string path)
    {
        if (node is not YamlMappingNode mapping)
            throw new PolicyLoadException(file, path, $"expected keys and values, found {Describe(node)}.");
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance).ToDictionary(KeyOf);
        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            var keyPath = path.Length == 0 ? key : $"{path}.{key}";
            if (!properties.TryGetValue(key, out var property))
                throw new PolicyLoadException(file, keyPath,
                    $"unknown key '{key}'; expected one of: {string.Join(", ", properties.Keys)}.");
            Check(file, value, property.PropertyType, keyPath);
        }
    }

    private static string Describe(YamlNode node) => node switch
    {
        YamlSequenceNode => "a list",
        YamlMappingNode => "keys and values",
        YamlScalarNode scalar => $"'{scalar.Value}'",
        _ => node.NodeType.ToString(),
    };
}
