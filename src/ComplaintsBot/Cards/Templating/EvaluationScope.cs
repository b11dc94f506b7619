using System.Text.Json.Nodes;

namespace ComplaintsBot.Cards.Templating;

/// <summary>What names resolve to while a template is expanded: <c>$root</c> (the data given), <c>$data</c> (the
/// current data context; <c>$root</c> until a <c>$data</c> sets one) and <c>$index</c> (inside an array <c>$data</c>).
/// Immutable, so leaving an element restores its parent's scope, as the reference engine's state stack does.</summary>
internal sealed record EvaluationScope(JsonNode? Root, CardValue Data, int? Index)
{
    public static EvaluationScope ForRoot(JsonNode? root) => new(root, CardValue.Undefined, null);

    public CardValue CurrentData => Data.IsDefined ? Data : CardValue.Of(Root);
}
