using System.Text.RegularExpressions;

namespace ComplaintsBot.Cards.Templating;

/// <summary>
/// Keeps data text literal where Teams reads a card's text as markdown (a TextBlock's <c>text</c>, a fact's
/// <c>title</c> and <c>value</c>): a customer called <c>**Khan**</c> or <c>[x](https://…)</c> must show those characters,
/// not bold text or a live link. CommonMark backslash escapes: the inline markers anywhere, the block markers
/// (heading, quote, list, rule) at the start of a line. Only the values bound in are escaped, never the template's
/// own words. tests/e2e/cards-check.mjs applies the same rule to the reference expansion.
/// </summary>
public static partial class MarkdownText
{
    /// <param name="atLineStart">The text begins a line of the card's text (the template has nothing before it on that
    /// line); otherwise its first line follows other words, where block markers mean nothing.</param>
    public static string Escape(string text, bool atLineStart = true)
    {
        ArgumentNullException.ThrowIfNull(text);
        var inline = InlineMarker().Replace(text, @"\$0");
        if (atLineStart) return EscapeBlocks(inline);
        var firstBreak = inline.IndexOf('\n', StringComparison.Ordinal);
        return firstBreak < 0 ? inline : inline[..(firstBreak + 1)] + EscapeBlocks(inline[(firstBreak + 1)..]);
    }

    private static string EscapeBlocks(string text) => OrderedListMarker().Replace(LineStartMarker().Replace(text, "$1\\$2"), "$1\\$2");

    /// <summary>The text as it reads once the escapes are taken off (a notification summary is not markdown).</summary>
    public static string Unescape(string text) => EscapedCharacter().Replace(text, "$1");

    [GeneratedRegex(@"[\\`*_\[\]~]")]
    private static partial Regex InlineMarker();

    // A heading, a quote, a bullet, a setext underline or a rule: the marker is only one followed by a space or the end.
    [GeneratedRegex(@"^([ \t]*)([#>+=-])(?=[ \t#=-]|$)", RegexOptions.Multiline)]
    private static partial Regex LineStartMarker();

    [GeneratedRegex(@"^([ \t]*\d{1,9})([.)])(?=[ \t]|$)", RegexOptions.Multiline)]
    private static partial Regex OrderedListMarker();

    [GeneratedRegex(@"\\([\\`*_\[\]~#>+=.)-])")]
    private static partial Regex EscapedCharacter();
}
