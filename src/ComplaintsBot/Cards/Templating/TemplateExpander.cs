using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ComplaintsBot.Cards.Templating;

/// <summary>Walks a template's JSON and builds the bound card, element by element, as adaptivecards-templating's
/// Template.expand does: strings with expressions are evaluated, <c>$data</c> sets the data context (an array
/// repeats the element once per item, with <c>$index</c>), <c>$when</c> drops the element unless it is true, and the
/// reserved <c>$</c> properties are removed. Data values are copied in as JSON nodes, never as text.</summary>
internal sealed partial class TemplateExpander(string templateName, IReadOnlyDictionary<string, TemplateString> strings)
{
    private static readonly HashSet<string> ReservedProperties = ["$data", "$when", "$root", "$index", "$host", "$_acTemplateVersion"];

    /// <summary>The expansion of <paramref name="node"/>: undefined means "leave the property out"; a JSON null
    /// element is left out of an array (as the reference engine does with dropped elements).</summary>
    public CardValue Expand(JsonNode? node, EvaluationScope scope, string location) => Expand(node, scope, location, markdown: false);

    /// <param name="markdown">The value is read as markdown by Teams: data bound into it is escaped (<see cref="MarkdownText"/>).</param>
    private CardValue Expand(JsonNode? node, EvaluationScope scope, string location, bool markdown) => node switch
    {
        JsonArray array => CardValue.Of(ExpandArray(array, scope, location)),
        JsonObject obj => ExpandObject(obj, scope, location),
        JsonValue value when TemplateOf(value) is { } template => Bind(template, scope, location, markdown),
        _ => CardValue.Of(node?.DeepClone()),
    };

    // Where Teams renders markdown: a TextBlock's text, and the title and value of a FactSet's facts.
    private static bool IsMarkdown(JsonObject element, string key, string location) =>
        (key == "text" && element["type"] is JsonValue type && type.GetValueKind() == JsonValueKind.String && type.GetValue<string>() == "TextBlock")
        || (key is "title" or "value" && FactLocation().IsMatch(location));

    [System.Text.RegularExpressions.GeneratedRegex(@"\.facts\[\d+\]$")]
    private static partial System.Text.RegularExpressions.Regex FactLocation();

    private JsonArray ExpandArray(JsonArray array, EvaluationScope scope, string location)
    {
        var result = new JsonArray();
        for (var i = 0; i < array.Count; i++)
        {
            var item = Expand(array[i], scope, $"{location}[{i}]");
            if (!item.IsDefined)
            {
                result.Add(null);
            }
            else if (item.Node is JsonArray repeated)
            {
                // An element bound to an array $data comes back as one element per item: splice them in.
                var items = repeated.ToList();
                repeated.Clear();
                foreach (var repeatedItem in items) result.Add(repeatedItem);
            }
            else if (item.Node is not null)
            {
                result.Add(item.Node);
            }
        }
        return result;
    }

    private CardValue ExpandObject(JsonObject obj, EvaluationScope scope, string location)
    {
        var contexts = DataContexts(obj, scope, location, out var repeat);
        var expanded = new List<JsonObject>();
        for (var i = 0; i < contexts.Count; i++)
        {
            var itemScope = scope with
            {
                Data = contexts[i].IsDefined ? contexts[i] : scope.Data,
                Index = repeat ? i : scope.Index,
            };
            if (!IsWanted(obj, itemScope, location)) continue;
            var result = new JsonObject();
            foreach (var (key, child) in obj)
            {
                if (ReservedProperties.Contains(key)) continue;
                var value = Expand(child, itemScope, $"{location}.{key}", IsMarkdown(obj, key, location));
                if (value.IsDefined) result[key] = value.Node;
            }
            expanded.Add(result);
        }
        return expanded.Count switch
        {
            0 => CardValue.Of((JsonNode?)null),
            1 => CardValue.Of(expanded[0]),
            _ => CardValue.Of(new JsonArray([.. expanded])),
        };
    }

    private List<CardValue> DataContexts(JsonObject obj, EvaluationScope scope, string location, out bool repeat)
    {
        repeat = false;
        if (!obj.TryGetPropertyValue("$data", out var data)) return [CardValue.Undefined];
        var context = TemplateOf(data) is { } template ? Bind(template, scope, $"{location}.$data", markdown: false) : CardValue.Of(data);
        if (context.Node is JsonArray items)
        {
            repeat = true;
            return items.Select(CardValue.Of).ToList();
        }
        return [context];
    }

    /// <summary>$when keeps the element only when its expression is the boolean true; an expression that fails or
    /// gives anything else drops it. A $when that is not an expression drops the element when it is truthy (as the
    /// reference engine does; such a $when is a template mistake).</summary>
    private bool IsWanted(JsonObject obj, EvaluationScope scope, string location)
    {
        if (!obj.TryGetPropertyValue("$when", out var when)) return true;
        if (TemplateOf(when) is { } template)
        {
            if (template.WholeValue is not { } condition) return false;
            var result = Evaluate(condition, scope, substituteMissing: false, location + ".$when");
            return !result.Failed && result.Value.Node?.GetValueKind() == JsonValueKind.True;
        }
        return !JsValues.IsTruthy(when);
    }

    /// <summary>The parsed form of a template string that holds <c>${</c>; null for any other node.</summary>
    private TemplateString? TemplateOf(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String
        && strings.TryGetValue(value.GetValue<string>(), out var template) ? template : null;

    private Evaluation Evaluate(Expression expression, EvaluationScope scope, bool substituteMissing, string location)
    {
        try
        {
            return expression.Evaluate(scope, substituteMissing);
        }
        catch (UnknownFunctionException e)
        {
            throw new CardTemplateException($"Card template '{templateName}' at {location}: ${{{expression}}} calls an {e.Message}", e);
        }
    }

    private CardValue Bind(TemplateString template, EvaluationScope scope, string location, bool markdown)
    {
        if (template.WholeValue is { } whole)
        {
            var result = Evaluate(whole, scope, substituteMissing: true, location);
            if (result.Failed) throw new CardTemplateException($"Card template '{templateName}' at {location}: ${{{whole}}} failed: {result.Error}");
            if (markdown && result.Value.Node is JsonValue bound && bound.GetValueKind() == JsonValueKind.String)
                return CardValue.Of(MarkdownText.Escape(bound.GetValue<string>()));
            return result.Value.IsDefined ? CardValue.Of(result.Value.Node?.DeepClone()) : CardValue.Undefined;
        }
        var text = new StringBuilder();
        // Block markers (a list, a heading) count only at the start of a line: a value is at one when nothing of
        // the template's comes before it, or its text before it ends a line.
        var atLineStart = true;
        foreach (var part in template.Parts)
        {
            if (part is string literal)
            {
                text.Append(literal);
                atLineStart = literal.Length == 0 ? atLineStart : literal.EndsWith('\n');
                continue;
            }
            var expression = (Expression)part;
            var valueAtLineStart = atLineStart;
            atLineStart = false;
            Evaluation value;
            try
            {
                value = expression.Evaluate(scope, substituteMissing: true);
            }
            catch (UnknownFunctionException)
            {
                value = Evaluation.Fail("unknown function");
            }
            if (value.Failed)
            {
                // As the reference engine does: a part that fails stays in the text as it was written.
                text.Append("${").Append(expression).Append('}');
            }
            else if (value.Value.IsNullOrUndefined)
            {
                throw new CardTemplateException($"Card template '{templateName}' at {location}: ${{{expression}}} is null inside text; "
                    + "give it a value or guard it with if(empty(...), ...)");
            }
            else
            {
                var bound = JsValues.ToText(value.Value.Node!);
                text.Append(markdown ? MarkdownText.Escape(bound, valueAtLineStart) : bound);
            }
        }
        return CardValue.Of(text.ToString());
    }
}
