namespace ComplaintsBot.Cards.Templating;

/// <summary>One step of a path after its first name: <c>.name</c> (Property) or <c>[expression]</c> (Index).</summary>
internal sealed record PathSegment(string? Property, Expression? Index)
{
    public override string ToString() => Property is not null ? "." + Property : $"[{Index}]";
}
