namespace ComplaintsBot.Cards.Templating;

/// <summary>A function the binder implements, with its arity (checked when the template is loaded, as the reference
/// engine checks it when it parses) and, for an operator, the symbol it is written back with.</summary>
internal sealed record BuiltInFunction(
    string Name,
    string? Operator,
    int MinArguments,
    int MaxArguments,
    Func<IReadOnlyList<Expression>, EvaluationScope, bool, Evaluation> Evaluate);
