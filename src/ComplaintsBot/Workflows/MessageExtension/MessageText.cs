using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ComplaintsBot.BotFramework.Schema;

namespace ComplaintsBot.Workflows.MessageExtension;

/// <summary>
/// A Teams message's body as the plain text staff record: Teams sends it as HTML (paragraphs, line breaks, lists,
/// mentions, entities). Parsed with AngleSharp, a maintained HTML5 parser, rather than by pattern: entities, unclosed
/// tags and nesting are where hand-written stripping goes wrong. Paragraphs and line breaks become new lines, list
/// items "- " lines, a mention its name; pictures and attached cards, which are not words, are left out.
/// </summary>
public static partial class MessageText
{
    private static readonly HtmlParser Parser = new();

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "blockquote", "pre", "ul", "ol", "table", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "hr",
    };

    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "img", "attachment", "systemeventmessage", "head", "title",
    };

    /// <summary>The message's words: its HTML body made plain, or a text body as it is.</summary>
    public static string Of(MessageActionsPayloadBody? body)
    {
        if (body?.Content is not { Length: > 0 } content) return "";
        if (!string.Equals(body.ContentType, MessageActionsPayloadBody.HtmlContentType, StringComparison.OrdinalIgnoreCase))
            return Tidy(content);
        return FromHtml(content);
    }

    public static string FromHtml(string html)
    {
        var document = Parser.ParseDocument(html);
        var text = new StringBuilder();
        Append(document.Body ?? (INode)document, text);
        return Tidy(text.ToString());
    }

    private static void Append(INode node, StringBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText words:
                    text.Append(Spaces().Replace(words.Data, " "));
                    break;
                case IElement element when Skipped.Contains(element.LocalName):
                    break;
                case IElement element when element.LocalName.Equals("br", StringComparison.OrdinalIgnoreCase):
                    text.Append('\n');
                    break;
                case IElement element when element.LocalName.Equals("li", StringComparison.OrdinalIgnoreCase):
                    if (text.Length > 0 && text[^1] != '\n') text.Append('\n');
                    text.Append("- ");
                    Append(element, text);
                    text.Append('\n');
                    break;
                case IElement element when element.LocalName is "td" or "th":
                    Append(element, text);
                    text.Append(' ');
                    break;
                case IElement element when Blocks.Contains(element.LocalName):
                    text.Append('\n');
                    Append(element, text);
                    text.Append('\n');
                    break;
                case IElement element:
                    Append(element, text);
                    break;
            }
        }
    }

    // Lines trimmed, at most one empty line between paragraphs, none at either end.
    private static string Tidy(string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n').Select(l => l.Trim());
        return BlankLines().Replace(string.Join('\n', lines), "\n\n").Trim();
    }

    [GeneratedRegex(@"[ \t\r\n\f\u00a0]+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\n{3,}")]
    private static partial Regex BlankLines();
}
