using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace ComplaintsBot.Cards.Templating;

/// <summary>Parses the text inside <c>${...}</c> into an <see cref="Expression"/>. The grammar is the part of
/// adaptive-expressions the templates use, with its precedence (tightest first): unary <c>!</c> and <c>-</c>;
/// <c>==</c> <c>!=</c>; <c>&lt;</c> <c>&lt;=</c> <c>&gt;</c> <c>&gt;=</c>; <c>&amp;&amp;</c>; <c>||</c>. Operands are
/// numbers, quoted strings ('...' or "..."), true, false, null, paths (<c>a.b[0]</c>), calls (<c>f(x, y)</c>) and
/// parentheses. Anything else (arithmetic, object literals, lambdas) is a syntax error naming what was found.</summary>
internal sealed class ExpressionParser
{
    private readonly string _text;
    private int _position;

    private ExpressionParser(string text) => _text = text;

    /// <exception cref="FormatException">The text is not an expression this binder understands.</exception>
    public static Expression Parse(string text)
    {
        var parser = new ExpressionParser(text);
        var expression = parser.ParseOr();
        parser.SkipSpace();
        if (parser._position < text.Length) throw parser.Error($"unexpected '{text[parser._position]}'");
        return expression;
    }

    private Expression ParseOr() => ParseBinary(ParseAnd, "||");

    private Expression ParseAnd() => ParseBinary(ParseRelational, "&&");

    private Expression ParseRelational() => ParseBinary(ParseEquality, "<=", ">=", "<", ">");

    private Expression ParseEquality() => ParseBinary(ParseUnary, "==", "!=");

    private Expression ParseBinary(Func<Expression> operand, params string[] operators)
    {
        var left = operand();
        while (TryOperator(operators) is { } op)
        {
            var right = operand();
            left = Call(op, [left, right]);
        }
        return left;
    }

    private Expression ParseUnary()
    {
        SkipSpace();
        if (Peek('!') && !Peek("!="))
        {
            _position++;
            return Call("!", [ParseUnary()]);
        }
        if (Peek('-'))
        {
            _position++;
            return Call("-", [new ConstantExpression(JsonValue.Create(0)), ParseUnary()]);
        }
        return ParsePrimary();
    }

    private Expression ParsePrimary()
    {
        SkipSpace();
        if (_position >= _text.Length) throw Error("an operand is missing");
        var c = _text[_position];
        if (c == '(')
        {
            _position++;
            var inner = ParseOr();
            Expect(')');
            return inner;
        }
        if (c is '\'' or '"') return new ConstantExpression(JsonValue.Create(ReadString(c)));
        if (char.IsAsciiDigit(c)) return new ConstantExpression(JsonValue.Create(ReadNumber()));
        if (IsNameStart(c)) return ParseNameOrCall();
        throw Error($"unexpected '{c}'");
    }

    private Expression ParseNameOrCall()
    {
        var name = ReadName();
        switch (name)
        {
            case "true": return new ConstantExpression(JsonValue.Create(true));
            case "false": return new ConstantExpression(JsonValue.Create(false));
            case "null": return new ConstantExpression(null);
        }
        var segments = new List<PathSegment>();
        while (true)
        {
            SkipSpace();
            if (Peek('.'))
            {
                _position++;
                segments.Add(new PathSegment(ReadName(), null));
            }
            else if (Peek('['))
            {
                _position++;
                segments.Add(new PathSegment(null, ParseOr()));
                Expect(']');
            }
            else if (Peek('(') && segments.All(s => s.Property is not null))
            {
                _position++;
                return Call(name + string.Concat(segments), ReadArguments());
            }
            else
            {
                return new PathExpression(name, segments);
            }
        }
    }

    private List<Expression> ReadArguments()
    {
        var arguments = new List<Expression>();
        SkipSpace();
        if (Peek(')'))
        {
            _position++;
            return arguments;
        }
        while (true)
        {
            arguments.Add(ParseOr());
            SkipSpace();
            if (Peek(','))
            {
                _position++;
                continue;
            }
            Expect(')');
            return arguments;
        }
    }

    private FunctionExpression Call(string name, List<Expression> arguments)
    {
        var function = BuiltInFunctions.Find(name);
        if (function is not null && (arguments.Count < function.MinArguments || arguments.Count > function.MaxArguments))
        {
            var expected = function.MinArguments == function.MaxArguments
                ? function.MinArguments.ToString(CultureInfo.InvariantCulture)
                : $"at least {function.MinArguments}";
            throw Error($"{name} takes {expected} argument(s), not {arguments.Count}");
        }
        return new FunctionExpression(name, arguments, function);
    }

    private string? TryOperator(string[] operators)
    {
        SkipSpace();
        foreach (var op in operators)
        {
            if (!Peek(op)) continue;
            _position += op.Length;
            return op;
        }
        return null;
    }

    private string ReadString(char quote)
    {
        _position++;
        var text = new StringBuilder();
        while (_position < _text.Length && _text[_position] != quote)
        {
            var c = _text[_position++];
            if (c == '\\' && _position < _text.Length)
            {
                var escaped = _text[_position++];
                text.Append(escaped switch { 'n' => '\n', 't' => '\t', 'r' => '\r', _ => escaped });
            }
            else
            {
                text.Append(c);
            }
        }
        if (_position >= _text.Length) throw Error("a string is not closed");
        _position++;
        return text.ToString();
    }

    private double ReadNumber()
    {
        var start = _position;
        while (_position < _text.Length && char.IsAsciiDigit(_text[_position])) _position++;
        if (Peek('.') && _position + 1 < _text.Length && char.IsAsciiDigit(_text[_position + 1]))
        {
            _position++;
            while (_position < _text.Length && char.IsAsciiDigit(_text[_position])) _position++;
        }
        return double.Parse(_text.AsSpan(start, _position - start), CultureInfo.InvariantCulture);
    }

    private string ReadName()
    {
        SkipSpace();
        var start = _position;
        if (_position >= _text.Length || !IsNameStart(_text[_position])) throw Error("a name is missing");
        _position++;
        while (_position < _text.Length && (char.IsAsciiLetterOrDigit(_text[_position]) || _text[_position] == '_')) _position++;
        return _text[start.._position];
    }

    private static bool IsNameStart(char c) => char.IsAsciiLetter(c) || c is '_' or '$';

    private void Expect(char c)
    {
        SkipSpace();
        if (!Peek(c)) throw Error(_position < _text.Length ? $"expected '{c}' but found '{_text[_position]}'" : $"expected '{c}'");
        _position++;
    }

    private bool Peek(char c) => _position < _text.Length && _text[_position] == c;

    private bool Peek(string s) => string.CompareOrdinal(_text, _position, s, 0, s.Length) == 0;

    private void SkipSpace()
    {
        while (_position < _text.Length && char.IsWhiteSpace(_text[_position])) _position++;
    }

    private FormatException Error(string problem) => new($"{problem} at position {_position + 1} of '{_text}'");
}
