using System.Text;

namespace ComplaintsBot.Cards.Templating;

/// <summary>A template string value that contains <c>${</c>, parsed as the reference engine parses it (as an
/// adaptive-expressions string template): literal text and expressions. A string that is exactly one expression
/// (not a literal) is a whole value and keeps the type of what it evaluates to; anything else is text.
/// <c>\${</c> writes a literal <c>${</c>, <c>${}</c> stays as it is, and an unclosed <c>${</c> is literal text.</summary>
internal sealed class TemplateString
{
    private readonly IReadOnlyList<object> _parts;

    private TemplateString(IReadOnlyList<object> parts) => _parts = parts;

    /// <summary>The expression when the whole string is one non-literal expression, otherwise null.</summary>
    public Expression? WholeValue => _parts is [Expression e] && e is not ConstantExpression ? e : null;

    /// <summary>Literal text (string) and expressions (<see cref="Expression"/>), in order.</summary>
    public IReadOnlyList<object> Parts => _parts;

    public static bool IsTemplated(string text) => text.Contains("${", StringComparison.Ordinal);

    /// <exception cref="FormatException">An expression inside is not valid, or the text has a bare backtick
    /// (the reference engine's string templates are backtick-quoted, so it cannot parse one either).</exception>
    public static TemplateString Parse(string text)
    {
        var parts = new List<object>();
        var literal = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\\' && i + 1 < text.Length && text[i + 1] == '`')
            {
                literal.Append('`');
                i += 2;
            }
            else if (c == '\\' && string.CompareOrdinal(text, i + 1, "${", 0, 2) == 0)
            {
                literal.Append("${");
                i += 3;
            }
            else if (c == '`')
            {
                throw new FormatException($"a backtick must be written \\` in '{text}'");
            }
            else if (c == '$' && i + 1 < text.Length && text[i + 1] == '{' && FindClose(text, i + 2) is var close and >= 0)
            {
                var source = text[(i + 2)..close];
                if (source.Length == 0)
                {
                    literal.Append("${}");
                }
                else
                {
                    if (literal.Length > 0) parts.Add(literal.ToString());
                    literal.Clear();
                    parts.Add(source.Trim().Length == 0 ? "" : ExpressionParser.Parse(source));
                }
                i = close + 1;
            }
            else
            {
                literal.Append(c);
                i++;
            }
        }
        if (literal.Length > 0 || parts.Count == 0) parts.Add(literal.ToString());
        return new TemplateString(parts);
    }

    /// <summary>The index of the <c>}</c> closing an expression that starts at <paramref name="start"/>, skipping
    /// quoted strings and nested braces; -1 when there is none.</summary>
    private static int FindClose(string text, int start)
    {
        var depth = 0;
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\'' or '"')
            {
                for (i++; i < text.Length && text[i] != c; i++)
                {
                    if (text[i] == '\\') i++;
                }
            }
            else if (c == '{')
            {
                depth++;
            }
            else if (c == '}')
            {
                if (depth == 0) return i;
                depth--;
            }
        }
        return -1;
    }
}
