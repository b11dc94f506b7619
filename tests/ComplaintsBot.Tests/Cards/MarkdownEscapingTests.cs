using System.Text.Json.Nodes;
using ComplaintsBot.Cards;
using ComplaintsBot.Cards.Templating;

namespace ComplaintsBot.Tests.Cards;

/// <summary>Teams reads a TextBlock's text and a fact's title and value as markdown: what a person typed must show as
/// typed there, never as bold text, a live link or a list.</summary>
public sealed class MarkdownEscapingTests
{
    private static readonly AdaptiveCardTemplate Card = AdaptiveCardTemplate.Parse("markdown-test", """
        {
          "type": "AdaptiveCard", "version": "1.5",
          "body": [
            { "type": "TextBlock", "text": "Customer ${customer}" },
            { "type": "TextBlock", "text": "${customer}" },
            { "type": "FactSet", "facts": [ { "title": "Owner", "value": "${customer}" } ] },
            { "type": "RichTextBlock", "inlines": [ { "type": "TextRun", "text": "${customer}" } ] },
            { "type": "Input.Text", "id": "name", "value": "${customer}" },
            { "type": "TextBlock", "text": "- ${count} items **as written**" }
          ]
        }
        """);

    [Fact]
    public void A_customer_name_with_bold_and_a_link_is_escaped_in_text_blocks_and_facts()
    {
        var card = Card.Expand(new JsonObject { ["customer"] = "Mr A. [link](https://example.invalid) **Khan**", ["count"] = 3 });

        const string escaped = @"Mr A. \[link\](https://example.invalid) \*\*Khan\*\*";
        Assert.Equal("Customer " + escaped, (string)card["body"]![0]!["text"]!);
        Assert.Equal(escaped, (string)card["body"]![1]!["text"]!);
        Assert.Equal(escaped, (string)card["body"]![2]!["facts"]![0]!["value"]!);
    }

    [Fact]
    public void Text_runs_and_input_values_are_not_markdown_so_they_keep_the_text_as_typed()
    {
        var card = Card.Expand(new JsonObject { ["customer"] = "**Khan**", ["count"] = 3 });

        Assert.Equal("**Khan**", (string)card["body"]![3]!["inlines"]![0]!["text"]!);
        Assert.Equal("**Khan**", (string)card["body"]![4]!["value"]!);
    }

    [Fact]
    public void The_templates_own_markdown_is_left_alone()
    {
        var card = Card.Expand(new JsonObject { ["customer"] = "x", ["count"] = 3 });

        Assert.Equal("- 3 items **as written**", (string)card["body"]![5]!["text"]!);
    }

    [Theory]
    [InlineData("# Heading", @"\# Heading")]
    [InlineData("- not a list\n+ nor this\n> nor a quote", "\\- not a list\n\\+ nor this\n\\> nor a quote")]
    [InlineData("1. first", @"1\. first")]
    [InlineData(@"back\slash _under_ `code` ~~struck~~", @"back\\slash \_under\_ \`code\` \~\~struck\~\~")]
    [InlineData("Flat 3-1, 14 Elm Court", "Flat 3-1, 14 Elm Court")]
    public void Markdown_markers_are_backslash_escaped_and_read_back_as_typed(string typed, string escaped)
    {
        Assert.Equal(escaped, MarkdownText.Escape(typed));
        Assert.Equal(typed, MarkdownText.Unescape(escaped));
    }
}
