using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ComplaintsBot.Cards.Templating;

/// <summary>JavaScript's view of JSON values, as the reference engine (adaptive-expressions) sees them: truthiness,
/// equality, and the text a value becomes inside an interpolated string.</summary>
internal static class JsValues
{
    public static JsonValueKind KindOf(JsonNode? node) => node?.GetValueKind() ?? JsonValueKind.Null;

    /// <summary>adaptive-expressions' isLogicTrue: a boolean is itself, null and undefined are false, anything else
    /// (0 and "" included) is true.</summary>
    public static bool IsLogicTrue(CardValue value) => value.IsDefined && KindOf(value.Node) switch
    {
        JsonValueKind.Null => false,
        JsonValueKind.False => false,
        _ => true,
    };

    /// <summary>JavaScript truthiness of a literal JSON value (used for a <c>$when</c> that is not an expression).</summary>
    public static bool IsTruthy(JsonNode? node) => KindOf(node) switch
    {
        JsonValueKind.Null or JsonValueKind.False => false,
        JsonValueKind.Number => NumberOf(node!) is not (0 or double.NaN),
        JsonValueKind.String => node!.GetValue<string>().Length > 0,
        _ => true,
    };

    public static bool TryGetNumber(CardValue value, out double number)
    {
        number = 0;
        if (!value.IsDefined || KindOf(value.Node) != JsonValueKind.Number) return false;
        number = NumberOf(value.Node!);
        return true;
    }

    public static bool TryGetString(CardValue value, out string text)
    {
        text = "";
        if (!value.IsDefined || KindOf(value.Node) != JsonValueKind.String) return false;
        text = value.Node!.GetValue<string>();
        return true;
    }

    public static double NumberOf(JsonNode node) => double.Parse(node.ToJsonString(), CultureInfo.InvariantCulture);

    /// <summary>adaptive-expressions' commonEquals: null equals only null (or undefined), arrays element by element,
    /// objects deeply, numbers by value; a number never equals a string.</summary>
    public static bool CommonEquals(CardValue left, CardValue right)
    {
        if (left.IsNullOrUndefined || right.IsNullOrUndefined) return left.IsNullOrUndefined && right.IsNullOrUndefined;
        if (left.Node is JsonArray a && right.Node is JsonArray b)
        {
            return a.Count == b.Count && a.Select((item, i) => CommonEquals(CardValue.Of(item), CardValue.Of(b[i]))).All(equal => equal);
        }
        return DeepEquals(left.Node, right.Node);
    }

    private static bool DeepEquals(JsonNode? left, JsonNode? right)
    {
        var kind = KindOf(left);
        if (kind != KindOf(right)) return false;
        return kind switch
        {
            JsonValueKind.Null or JsonValueKind.True or JsonValueKind.False => true,
            JsonValueKind.Number => NumberOf(left!) == NumberOf(right!),
            JsonValueKind.String => left!.GetValue<string>() == right!.GetValue<string>(),
            JsonValueKind.Array => left!.AsArray().Count == right!.AsArray().Count
                && left.AsArray().Select((item, i) => DeepEquals(item, right.AsArray()[i])).All(equal => equal),
            _ => left!.AsObject().Count == right!.AsObject().Count
                && left.AsObject().All(p => right.AsObject().TryGetPropertyValue(p.Key, out var other) && DeepEquals(p.Value, other)),
        };
    }

    /// <summary>The text JavaScript's toString gives a value inside an interpolated string ("[object Object]" for an
    /// object, items joined by commas for an array). Null has no text: the caller decides.</summary>
    public static string ToText(JsonNode node) => KindOf(node) switch
    {
        JsonValueKind.String => node.GetValue<string>(),
        JsonValueKind.Number => FormatNumber(NumberOf(node)),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Array => string.Join(",", node.AsArray().Select(item => item is null ? "" : ToText(item))),
        _ => "[object Object]",
    };

    /// <summary>A number as JavaScript's Number.prototype.toString writes it: no exponent from 1e-7 to 1e21.</summary>
    public static string FormatNumber(double number)
    {
        if (double.IsNaN(number)) return "NaN";
        if (double.IsInfinity(number)) return number > 0 ? "Infinity" : "-Infinity";
        if (number == 0) return "0";
        var shortest = number.ToString("R", CultureInfo.InvariantCulture);
        var e = shortest.IndexOf('E');
        if (e < 0) return shortest;
        var exponent = int.Parse(shortest[(e + 1)..], CultureInfo.InvariantCulture);
        var mantissa = shortest[..e];
        if (exponent >= 21 || exponent <= -7)
        {
            return $"{mantissa}e{(exponent > 0 ? "+" : "-")}{Math.Abs(exponent)}";
        }
        var negative = mantissa.StartsWith('-');
        var digits = mantissa.TrimStart('-').Replace(".", "");
        var point = mantissa.TrimStart('-').IndexOf('.') is var dot and >= 0 ? dot : digits.Length;
        point += exponent;
        var text = new StringBuilder(negative ? "-" : "");
        if (point <= 0) text.Append("0.").Append('0', -point).Append(digits);
        else if (point >= digits.Length) text.Append(digits).Append('0', point - digits.Length);
        else text.Append(digits[..point]).Append('.').Append(digits[point..]);
        return text.ToString();
    }
}
