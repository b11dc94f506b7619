using System.Text.Json.Nodes;

namespace ComplaintsBot.Cards.Templating;

/// <summary>A value during template evaluation: a JSON node (JSON null is a null node) or undefined, which
/// JavaScript tells apart from null and the templating language treats differently.</summary>
internal readonly record struct CardValue(bool IsDefined, JsonNode? Node)
{
    public static readonly CardValue Undefined = new(false, null);

    public static CardValue Of(JsonNode? node) => new(true, node);

    public static CardValue Of(string text) => Of(JsonValue.Create(text));

    public static CardValue Of(bool flag) => Of(JsonValue.Create(flag));

    public static CardValue Of(double number) => Of(JsonValue.Create(number));

    public bool IsNullOrUndefined => !IsDefined || Node is null;
}
