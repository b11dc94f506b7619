using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit.Sdk;

namespace ComplaintsBot.Tests.Cards;

/// <summary>JSON semantic equality: same structure, same property names in any order, numbers by value.</summary>
internal static class JsonAssert
{
    public static void Equal(JsonNode? expected, JsonNode? actual)
    {
        if (FirstDifference(expected, actual, "$") is { } where)
        {
            throw new XunitException($"JSON differs at {where}\nexpected: {expected?.ToJsonString()}\nactual:   {actual?.ToJsonString()}");
        }
    }

    private static string? FirstDifference(JsonNode? expected, JsonNode? actual, string path)
    {
        var kind = expected?.GetValueKind() ?? JsonValueKind.Null;
        if (kind != (actual?.GetValueKind() ?? JsonValueKind.Null)) return $"{path} (kind {kind} vs {actual?.GetValueKind() ?? JsonValueKind.Null})";
        switch (kind)
        {
            case JsonValueKind.Object:
                var e = expected!.AsObject();
                var a = actual!.AsObject();
                foreach (var key in e.Select(p => p.Key).Union(a.Select(p => p.Key)))
                {
                    if (!e.ContainsKey(key) || !a.ContainsKey(key)) return $"{path}.{key} (present on one side only)";
                    if (FirstDifference(e[key], a[key], $"{path}.{key}") is { } inner) return inner;
                }
                return null;
            case JsonValueKind.Array:
                var ea = expected!.AsArray();
                var aa = actual!.AsArray();
                if (ea.Count != aa.Count) return $"{path} (length {ea.Count} vs {aa.Count})";
                for (var i = 0; i < ea.Count; i++)
                {
                    if (FirstDifference(ea[i], aa[i], $"{path}[{i}]") is { } inner) return inner;
                }
                return null;
            case JsonValueKind.Number:
                return Number(expected!) == Number(actual!) ? null : $"{path} ({expected} vs {actual})";
            case JsonValueKind.String:
                return expected!.GetValue<string>() == actual!.GetValue<string>() ? null : $"{path} (\"{expected}\" vs \"{actual}\")";
            default:
                return null;
        }
    }

    private static decimal Number(JsonNode node) => decimal.Parse(node.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture);
}
