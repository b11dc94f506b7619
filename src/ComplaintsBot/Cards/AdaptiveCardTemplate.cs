using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ComplaintsBot.Cards.Templating;

namespace ComplaintsBot.Cards;

/// <summary>An Adaptive Card template from <c>cards/</c>, bound to data with the part of the Adaptive Cards
/// Templating language the templates use (<c>${expr}</c>, <c>$data</c>, <c>$when</c>, <c>$root</c>, <c>$index</c>
/// and the functions listed on <see cref="BuiltInFunctions"/>), with the semantics of the reference engine
/// (adaptivecards-templating 2.3.1), which the card tests check on every template.
/// Binding works on JSON nodes: a value from the data goes into the card as a JSON value, so customer text with
/// quotes, braces, <c>${</c> or HTML in it stays text. Immutable and safe to share between threads.</summary>
public sealed partial class AdaptiveCardTemplate
{
    /// <summary>The content type of an Adaptive Card attachment and of a card in an invoke response.</summary>
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    private static readonly JsonSerializerOptions ModelOptions = new(JsonSerializerDefaults.Web);

    private readonly JsonObject _template;
    private readonly TemplateExpander _expander;

    private AdaptiveCardTemplate(string name, JsonObject template, Dictionary<string, TemplateString> strings)
    {
        Name = name;
        _template = template;
        _expander = new TemplateExpander(name, strings);
    }

    /// <summary>The template's name: its file name without <c>.json</c>.</summary>
    public string Name { get; }

    /// <summary>The folder the templates are copied to beside the application: <c>cards/</c> in the output folder.</summary>
    public static string DefaultDirectory => Path.Combine(AppContext.BaseDirectory, "cards");

    /// <summary>Loads <c>&lt;directory&gt;/&lt;name&gt;.json</c> (default: <see cref="DefaultDirectory"/>).</summary>
    /// <exception cref="CardTemplateException">No such template, or it is not a valid template.</exception>
    public static AdaptiveCardTemplate Load(string name, string? directory = null)
    {
        if (!TemplateName().IsMatch(name)) throw new CardTemplateException($"'{name}' is not a card template name (lower-case letters, digits and dashes)");
        var path = Path.Combine(directory ?? DefaultDirectory, name + ".json");
        if (!File.Exists(path)) throw new CardTemplateException($"No card template '{name}': {path} does not exist");
        return Parse(name, File.ReadAllText(path));
    }

    /// <summary>Reads a template from its JSON text. Every expression is parsed here, so a bad template fails at
    /// load, not when a user first sees the card.</summary>
    /// <exception cref="CardTemplateException">The JSON is not an object, or an expression is not valid.</exception>
    public static AdaptiveCardTemplate Parse(string name, string json)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json);
        }
        catch (JsonException e)
        {
            throw new CardTemplateException($"Card template '{name}' is not valid JSON: {e.Message}", e);
        }
        if (root is not JsonObject template) throw new CardTemplateException($"Card template '{name}' must be a JSON object");
        var strings = new Dictionary<string, TemplateString>(StringComparer.Ordinal);
        CollectStrings(name, template, "$", strings);
        return new AdaptiveCardTemplate(name, template, strings);
    }

    /// <summary>Binds the template to <paramref name="data"/> (which becomes <c>$root</c>) and returns the card.
    /// The data is not changed; the card shares no nodes with it.</summary>
    /// <exception cref="CardTemplateException">An expression fails where the reference engine would throw: a whole
    /// value that fails (an unknown function, say), a null inside text, or a root dropped by <c>$when</c>.</exception>
    public JsonObject Expand(JsonNode? data)
    {
        var card = _expander.Expand(_template, EvaluationScope.ForRoot(data), "$");
        return card.Node as JsonObject
            ?? throw new CardTemplateException($"Card template '{Name}': the card itself was dropped by $when or repeated by $data");
    }

    /// <summary>Binds the template to a model serialised with the web defaults (camelCase property names).</summary>
    public JsonObject ExpandModel<TModel>(TModel model) => Expand(JsonSerializer.SerializeToNode(model, ModelOptions));

    private static void CollectStrings(string name, JsonNode? node, string location, Dictionary<string, TemplateString> strings)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, child) in obj) CollectStrings(name, child, $"{location}.{key}", strings);
                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++) CollectStrings(name, array[i], $"{location}[{i}]", strings);
                break;
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                var text = value.GetValue<string>();
                if (!TemplateString.IsTemplated(text) || strings.ContainsKey(text)) break;
                try
                {
                    strings[text] = TemplateString.Parse(text);
                }
                catch (FormatException e)
                {
                    throw new CardTemplateException($"Card template '{name}' at {location}: {e.Message}", e);
                }
                break;
        }
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex TemplateName();
}
