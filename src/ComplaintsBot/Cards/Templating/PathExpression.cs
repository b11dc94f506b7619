using System.Text.Json.Nodes;

namespace ComplaintsBot.Cards.Templating;

/// <summary>A path into the data: <c>name</c> (a property of <c>$data</c>), <c>$root</c>, <c>$data</c>,
/// <c>$index</c>, then <c>.property</c> and <c>[index]</c> steps. Property names match case-insensitively, as
/// adaptive-expressions does.</summary>
internal sealed class PathExpression(string head, IReadOnlyList<PathSegment> segments) : Expression
{
    public override Evaluation Evaluate(EvaluationScope scope, bool substituteMissing)
    {
        var current = head switch
        {
            "$root" => CardValue.Of(scope.Root),
            "$data" => scope.CurrentData,
            "$index" => scope.Index is int index ? CardValue.Of(JsonValue.Create(index)) : CardValue.Undefined,
            _ when head.StartsWith('$') => CardValue.Undefined,
            _ => PropertyOf(scope.CurrentData, head),
        };
        foreach (var segment in segments)
        {
            if (segment.Property is not null)
            {
                current = PropertyOf(current, segment.Property);
                continue;
            }
            var index = segment.Index!.Evaluate(scope, substituteMissing);
            if (index.Failed) return index;
            if (JsValues.TryGetString(index.Value, out var name))
            {
                current = PropertyOf(current, name);
            }
            else if (JsValues.TryGetNumber(index.Value, out var number))
            {
                if (current.IsNullOrUndefined) { current = CardValue.Undefined; continue; }
                if (current.Node is not JsonArray array) return Evaluation.Fail($"{ToString()}: {head} is not a collection.");
                if (number < 0 || number >= array.Count || number != Math.Floor(number))
                {
                    return Evaluation.Fail($"{JsValues.FormatNumber(number)} is out of range in {ToString()}");
                }
                current = CardValue.Of(array[(int)number]);
            }
            else
            {
                return Evaluation.Fail($"{segment.Index} is not a number or a property name.");
            }
        }
        if (!current.IsDefined && substituteMissing) return Evaluation.Of(CardValue.Of("${" + ToString() + "}"));
        return Evaluation.Of(current);
    }

    public override string ToString() => head + string.Concat(segments);

    private static CardValue PropertyOf(CardValue instance, string name)
    {
        if (!instance.IsDefined || instance.Node is not JsonObject obj) return CardValue.Undefined;
        foreach (var (key, value) in obj)
        {
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase)) return CardValue.Of(value);
        }
        return CardValue.Undefined;
    }
}
