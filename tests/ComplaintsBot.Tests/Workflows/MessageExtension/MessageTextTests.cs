using ComplaintsBot.BotFramework.Schema;
using ComplaintsBot.Workflows.MessageExtension;

namespace ComplaintsBot.Tests.Workflows.MessageExtension;

/// <summary>A Teams message's body as the words staff record: HTML made plain, nothing the customer wrote dropped.</summary>
public sealed class MessageTextTests
{
    [Theory]
    [InlineData("<div><div>Repair missed&nbsp;again</div></div>", "Repair missed again")]
    [InlineData("<p>one</p><p>two</p>", "one\n\ntwo")]
    [InlineData("line one<br>line two<br/>line three", "line one\nline two\nline three")]
    [InlineData("<p>Rent &pound;450 &lt;not&gt; &quot;quoted&quot; &#8212; ok</p>", "Rent £450 <not> \"quoted\" — ok")]
    [InlineData("<p>Unclosed <b>bold and <i>italic</p><p>next", "Unclosed bold and italic\n\nnext")]
    [InlineData("<ol><li>first</li><li>second</li></ol>", "- first\n- second")]
    [InlineData("<p>See <a href=\"https://example.org\">the photo</a> <img src=\"x.png\" alt=\"x\"></p><attachment id=\"1\"></attachment>", "See the photo")]
    public void Html_bodies_become_plain_text(string html, string text) =>
        Assert.Equal(text, MessageText.Of(new MessageActionsPayloadBody { ContentType = "html", Content = html }));

    [Fact]
    public void A_text_body_is_kept_as_written_even_where_it_looks_like_html() =>
        Assert.Equal("a <b>not bold</b> &amp; b", MessageText.Of(new MessageActionsPayloadBody { ContentType = "text", Content = "  a <b>not bold</b> &amp; b  " }));
}
