namespace ComplaintsBot.Cards.Templating;

/// <summary>A call of a function the binder does not know. Thrown, not returned as an error value, because the
/// reference engine throws too: it fails the whole card, except inside interpolated text, where the call is left
/// as written.</summary>
internal sealed class UnknownFunctionException(string name) : Exception($"unknown function {name}")
{
    public string Name { get; } = name;
}
