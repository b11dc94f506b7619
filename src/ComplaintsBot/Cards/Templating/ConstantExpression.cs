using System.Text.Json;
using System.Text.Json.Nodes;

namespace ComplaintsBot.Cards.Templating;

/// <summary>A literal: a number, a quoted string, true, false or null.</summary>
internal sealed class ConstantExpression(JsonNode? value) : Expression
{
    public JsonNode? Value { get; } = value;

    public override Evaluation Evaluate(EvaluationScope scope, bool substituteMissing) => Evaluation.Of(CardValue.Of(Value));

    public override string ToString() => JsValues.KindOf(Value) switch
    {
        JsonValueKind.String => "'" + Value!.GetValue<string>().Replace("'", "\\'") + "'",
        JsonValueKind.Null => "null",
        _ => JsValues.ToText(Value!),
    };
}
