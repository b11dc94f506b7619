namespace ComplaintsBot.Cards.Templating;

/// <summary>A parsed <c>${...}</c> expression.</summary>
internal abstract class Expression
{
    /// <param name="scope">What <c>$root</c>, <c>$data</c> and <c>$index</c> are.</param>
    /// <param name="substituteMissing">When true a path with no value evaluates to the text <c>${path}</c>, as the
    /// reference engine does for bound text; logical functions and comparisons evaluate their arguments without it.</param>
    public abstract Evaluation Evaluate(EvaluationScope scope, bool substituteMissing);

    /// <summary>The expression as adaptive-expressions writes it back (fully parenthesised operators), which is the
    /// text the reference engine leaves in a string when the expression fails.</summary>
    public abstract override string ToString();
}
