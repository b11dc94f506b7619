using System.Globalization;
using System.Text.Json.Nodes;
using ComplaintsBot.BotFramework.Schema;
using ComplaintsBot.Cards;
using ComplaintsBot.Cases.Policies;

namespace ComplaintsBot.Workflows.LogContact;

/// <summary>
/// One card step of logging a contact (the card path of the same waterfall): the card's inputs as the draft holds
/// them, the check of what was submitted (problems by input id, shown on the card beside the input), and what an
/// accepted submit records in the draft, with the same answer keys the typed questions record.
/// Input values are strings, as Teams sends them; a re-shown card gets back every value submitted.
/// </summary>
public abstract class ContactCard(Policy policy, DateTimeOffset now)
{
    /// <summary>The command a card step's button carries (with the step and the draft's intake id).</summary>
    public const string Command = "contactCard";

    /// <summary>A card-level problem (not beside one input).</summary>
    public const string CardProblem = "card";

    protected Policy Policy { get; } = policy;

    protected DateTimeOffset Now { get; } = now;

    /// <summary>The step's name, carried by its button, so a press of an earlier step's card is recognised.</summary>
    public abstract string Step { get; }

    /// <summary>The card's template in <c>cards/</c>.</summary>
    protected abstract AdaptiveCardTemplate Template { get; }

    /// <summary>The inputs as the draft holds them (a first showing, or a change from the summary).</summary>
    public abstract Dictionary<string, string> ValuesOf(ContactDraft draft);

    /// <summary>What is wrong with the submitted values, by input id; empty when they can be recorded.</summary>
    public abstract Dictionary<string, string> Check(ContactDraft draft, Dictionary<string, string> values);

    /// <summary>Records checked values in the draft; returns what to tell the person (as the typed questions would).</summary>
    public abstract IReadOnlyList<string> Apply(ContactDraft draft, IReadOnlyDictionary<string, string> values);

    /// <summary>The template's data besides the values and problems (choices, limits, policy text).</summary>
    protected abstract JsonObject Data(ContactDraft draft, IReadOnlyDictionary<string, string> values);

    /// <summary>The card with <paramref name="values"/> in its inputs and each problem beside its input.</summary>
    public JsonObject Card(ContactDraft draft, IReadOnlyDictionary<string, string> values, IReadOnlyDictionary<string, string> problems)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(problems);
        var data = Data(draft, values);
        data["intakeId"] = draft.IntakeId.ToString();
        data["step"] = Step;
        data["command"] = Command;
        data["values"] = ToJson(values);
        data["problems"] = ToJson(problems);
        data["problemCount"] = problems.Count;
        data["changing"] = draft.Changing is not null;
        return Template.Expand(data);
    }

    public Attachment Render(ContactDraft draft, IReadOnlyDictionary<string, string> values, IReadOnlyDictionary<string, string> problems) =>
        CardAttachment.Of(Card(draft, values, problems));

    /// <summary>The inputs of a submit (its data merged with them), as strings; the button's own data left out.</summary>
    public static Dictionary<string, string> ValuesFrom(JsonObject submitted)
    {
        ArgumentNullException.ThrowIfNull(submitted);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, node) in submitted)
        {
            if (key is "command" or "step" or "intakeId") continue;
            if (node is JsonValue value)
                values[key] = value.TryGetValue<string>(out var text) ? text : value.ToJsonString();
        }
        return values;
    }

    private static JsonObject ToJson(IReadOnlyDictionary<string, string> values)
    {
        var json = new JsonObject();
        foreach (var (key, value) in values) json[key] = value;
        return json;
    }

    // Helpers the steps share.

    protected static string Get(IReadOnlyDictionary<string, string> values, string key) =>
        values.TryGetValue(key, out var value) ? value.Trim() : "";

    protected static bool IsOn(IReadOnlyDictionary<string, string> values, string key) => Get(values, key) == "true";

    protected static bool? YesNo(IReadOnlyDictionary<string, string> values, string key) => Get(values, key) switch
    {
        "yes" => true,
        "no" => false,
        _ => null,
    };

    protected static string YesNo(bool? value) => value switch { true => "yes", false => "no", _ => "" };

    protected static JsonArray Choices(IEnumerable<(string Title, string Value)> choices) =>
        new(choices.Select(c => (JsonNode)new JsonObject { ["title"] = c.Title, ["value"] = c.Value }).ToArray());

    /// <summary>Text within its limit, or the problem: required when <paramref name="required"/>.</summary>
    protected static void CheckText(Dictionary<string, string> problems, IReadOnlyDictionary<string, string> values, string key, string label, int limit, bool required)
    {
        var text = Get(values, key);
        if (required && text.Length == 0) problems[key] = ContactProblems.Empty(label);
        else if (text.Length > limit) problems[key] = ContactProblems.TooLong(label, text.Length, limit);
    }

    protected static bool TryDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    protected static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    protected static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    protected static string? Blank(string text) => text.Length == 0 ? null : text;
}
