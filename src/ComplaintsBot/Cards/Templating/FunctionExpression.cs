namespace ComplaintsBot.Cards.Templating;

/// <summary>A call of a built-in function or operator, or of a function this binder does not know (which, as in
/// the reference engine, fails only when it is evaluated, by throwing <see cref="UnknownFunctionException"/>).</summary>
internal sealed class FunctionExpression(string name, IReadOnlyList<Expression> arguments, BuiltInFunction? function) : Expression
{
    public override Evaluation Evaluate(EvaluationScope scope, bool substituteMissing) =>
        function is null ? throw new UnknownFunctionException(name) : function.Evaluate(arguments, scope, substituteMissing);

    public override string ToString() => function?.Operator switch
    {
        null => $"{name}({string.Join(", ", arguments)})",
        "!" => $"!({arguments[0]})",
        var op => "(" + string.Join($" {op} ", arguments) + ")",
    };
}
