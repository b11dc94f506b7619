using System.Text.Json;

namespace ComplaintsBot.BotFramework.Schema;

/// <summary>A simple card with text and buttons (Teams renders imBack, messageBack, openUrl, invoke buttons).</summary>
public class HeroCard : ExtensibleObject
{
    public HeroCard() { }

    public HeroCard(string? title = null, string? subtitle = null, string? text = null, IList<CardAction>? buttons = null)
    {
        Title = title;
        Subtitle = subtitle;
        Text = text;
        Buttons = buttons;
    }

    public string? Title { get; set; }
    public string? Subtitle { get; set; }
    public string? Text { get; set; }
    public IList<CardAction>? Buttons { get; set; }
    public CardAction? Tap { get; set; }

    public Attachment ToAttachment() => new()
    {
        ContentType = Attachment.HeroCardContentType,
        Content = JsonSerializer.SerializeToNode(this, BotJson.Options),
    };
}
