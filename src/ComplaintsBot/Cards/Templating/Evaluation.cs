namespace ComplaintsBot.Cards.Templating;

/// <summary>The outcome of evaluating an expression: a value, or an error message (as in adaptive-expressions,
/// errors are values, not exceptions, so that logical functions can absorb them).</summary>
internal readonly record struct Evaluation(CardValue Value, string? Error)
{
    public static Evaluation Of(CardValue value) => new(value, null);

    public static Evaluation Fail(string error) => new(CardValue.Undefined, error);

    public bool Failed => Error is not null;
}
