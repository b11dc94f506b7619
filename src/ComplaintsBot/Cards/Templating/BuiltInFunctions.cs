using System.Text.Json.Nodes;

namespace ComplaintsBot.Cards.Templating;

/// <summary>The functions and operators the card templates use, with adaptive-expressions' semantics:
/// <list type="bullet">
/// <item><c>if(c, a, b)</c>: a when c is logically true (not false, null or missing), else b.</item>
/// <item><c>!x</c>, <c>not(x)</c>; <c>a &amp;&amp; b</c>, <c>and(...)</c>; <c>a || b</c>, <c>or(...)</c>: a failing
/// argument counts as false; <c>||</c> with no true argument gives the last argument's value.</item>
/// <item><c>==</c>, <c>equals</c>, <c>!=</c>: deep equality, numbers by value, a number never equals a string.</item>
/// <item><c>&lt;</c>, <c>&lt;=</c>, <c>&gt;</c>, <c>&gt;=</c> (and <c>less</c>, <c>lessOrEquals</c>, <c>greater</c>,
/// <c>greaterOrEquals</c>): two numbers or two strings; false when either is null or missing; an error otherwise.</item>
/// <item><c>-x</c>: 0 - x for a number.</item>
/// <item><c>count(x)</c>: the length of a string or array, or the number of properties of an object.</item>
/// <item><c>empty(x)</c>: true for null, missing, "", [] and {}.</item>
/// </list>
/// Any other function name parses but throws when evaluated, as an unknown function does in the reference engine
/// (inside interpolated text the call is left as written). Functions of adaptive-expressions not listed here are
/// unknown to this binder: the template check against adaptivecards-templating catches a template that uses one.</summary>
internal static class BuiltInFunctions
{
    private static readonly Dictionary<string, BuiltInFunction> ByName = new(StringComparer.Ordinal);

    static BuiltInFunctions()
    {
        Add(new("if", null, 3, 3, If), "if");
        Add(new("not", "!", 1, 1, Not), "not", "!");
        Add(new("and", "&&", 1, int.MaxValue, And), "and", "&&");
        Add(new("or", "||", 1, int.MaxValue, Or), "or", "||");
        Add(new("equals", "==", 2, 2, Compare((a, b) => JsValues.CommonEquals(a, b))), "equals", "==");
        Add(new("notEquals", "!=", 2, 2, Compare((a, b) => !JsValues.CommonEquals(a, b))), "!=");
        Add(new("less", "<", 2, 2, Order(c => c < 0)), "less", "<");
        Add(new("lessOrEquals", "<=", 2, 2, Order(c => c <= 0)), "lessOrEquals", "<=");
        Add(new("greater", ">", 2, 2, Order(c => c > 0)), "greater", ">");
        Add(new("greaterOrEquals", ">=", 2, 2, Order(c => c >= 0)), "greaterOrEquals", ">=");
        Add(new("subtract", "-", 2, 2, Subtract), "-");
        Add(new("count", null, 1, 1, Count), "count");
        Add(new("empty", null, 1, 1, Empty), "empty");
    }

    /// <summary>The function or operator by the name or symbol the template writes, or null when unknown.</summary>
    public static BuiltInFunction? Find(string name) => ByName.GetValueOrDefault(name);

    private static void Add(BuiltInFunction function, params string[] names)
    {
        foreach (var name in names) ByName.Add(name, function);
    }

    private static Evaluation If(IReadOnlyList<Expression> args, EvaluationScope scope, bool substitute)
    {
        var condition = args[0].Evaluate(scope, substituteMissing: false);
        var branch = !condition.Failed && JsValues.IsLogicTrue(condition.Value) ? args[1] : args[2];
        return branch.Evaluate(scope, substitute);
    }

    private static Evaluation Not(IReadOnlyList<Expression> args, EvaluationScope scope, bool substitute)
    {
        var operand = args[0].Evaluate(scope, substituteMissing: false);
        return Bool(operand.Failed || !JsValues.IsLogicTrue(operand.Value));
    }

    private static Evaluation And(IReadOnlyList<Expression> args, EvaluationScope scope, bool substitute) =>
        Bool(args.All(arg => arg.Evaluate(scope, substituteMissing: false) is { Failed: false } e && JsValues.IsLogicTrue(e.Value)));

    /// <summary>True when any argument is logically true; otherwise, as adaptive-expressions 4.23 does, the last
    /// argument's value (false, null, or undefined when it is missing or fails), not necessarily false.</summary>
    private static Evaluation Or(IReadOnlyList<Expression> args, EvaluationScope scope, bool substitute)
    {
        var last = CardValue.Undefined;
        foreach (var arg in args)
        {
            var result = arg.Evaluate(scope, substituteMissing: false);
            if (!result.Failed && JsValues.IsLogicTrue(result.Value)) return Bool(true);
            last = result.Value;
        }
        return Evaluation.Of(last);
    }

    /// <summary>A comparison: its arguments are evaluated without substitution, and one that fails makes it false.</summary>
    private static Func<IReadOnlyList<Expression>, EvaluationScope, bool, Evaluation> Compare(Func<CardValue, CardValue, bool> test) =>
        (args, scope, _) =>
        {
            var left = args[0].Evaluate(scope, substituteMissing: false);
            var right = args[1].Evaluate(scope, substituteMissing: false);
            return left.Failed || right.Failed ? Bool(false) : Bool(test(left.Value, right.Value));
        };

    private static Func<IReadOnlyList<Expression>, EvaluationScope, bool, Evaluation> Order(Func<int, bool> test) =>
        (args, scope, _) =>
        {
            var left = args[0].Evaluate(scope, substituteMissing: false);
            var right = args[1].Evaluate(scope, substituteMissing: false);
            if (left.Failed || right.Failed || left.Value.IsNullOrUndefined || right.Value.IsNullOrUndefined) return Bool(false);
            if (JsValues.TryGetNumber(left.Value, out var a) && JsValues.TryGetNumber(right.Value, out var b)) return Bool(test(a.CompareTo(b)));
            if (JsValues.TryGetString(left.Value, out var s) && JsValues.TryGetString(right.Value, out var t)) return Bool(test(string.CompareOrdinal(s, t)));
            return Evaluation.Fail($"{Text(left.Value)} and {Text(right.Value)} must be comparable.");
        };

    private static Evaluation Subtract(IReadOnlyList<Expression> args, EvaluationScope scope, bool substitute)
    {
        var left = args[0].Evaluate(scope, substitute);
        if (left.Failed) return left;
        var right = args[1].Evaluate(scope, substitute);
        if (right.Failed) return right;
        if (!JsValues.TryGetNumber(left.Value, out var a)) return Evaluation.Fail($"{args[0]} is not a number.");
        if (!JsValues.TryGetNumber(right.Value, out var b)) return Evaluation.Fail($"{args[1]} is not a number.");
        return Evaluation.Of(CardValue.Of(a - b));
    }

    private static Evaluation Count(IReadOnlyList<Expression> args, EvaluationScope scope, bool substitute)
    {
        var operand = args[0].Evaluate(scope, substitute);
        if (operand.Failed) return operand;
        return operand.Value.Node switch
        {
            JsonArray array when operand.Value.IsDefined => Evaluation.Of(CardValue.Of(array.Count)),
            JsonObject obj when operand.Value.IsDefined => Evaluation.Of(CardValue.Of(obj.Count)),
            _ when JsValues.TryGetString(operand.Value, out var text) => Evaluation.Of(CardValue.Of(text.Length)),
            _ => Evaluation.Fail($"{args[0]} must be a string, list, map or object."),
        };
    }

    private static Evaluation Empty(IReadOnlyList<Expression> args, EvaluationScope scope, bool substitute)
    {
        var operand = args[0].Evaluate(scope, substituteMissing: false);
        if (operand.Failed) return Bool(false);
        if (operand.Value.IsNullOrUndefined) return Bool(true);
        return operand.Value.Node switch
        {
            JsonArray array => Bool(array.Count == 0),
            JsonObject obj => Bool(obj.Count == 0),
            _ when JsValues.TryGetString(operand.Value, out var text) => Bool(text.Length == 0),
            _ => Bool(false),
        };
    }

    private static Evaluation Bool(bool value) => Evaluation.Of(CardValue.Of(value));

    private static string Text(CardValue value) => value.Node is null ? "null" : JsValues.ToText(value.Node);
}
