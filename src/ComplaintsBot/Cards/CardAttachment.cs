using System.Text.Json.Nodes;
using ComplaintsBot.BotFramework.Builder;
using ComplaintsBot.BotFramework.Schema;

namespace ComplaintsBot.Cards;

/// <summary>An Adaptive Card as Teams receives it: the one place the attachment and its content type are written.</summary>
public static class CardAttachment
{
    public static Attachment Of(JsonObject card) => new() { ContentType = Attachment.AdaptiveCardContentType, Content = card };

    /// <summary>A message holding only the card.</summary>
    public static Activity AsMessage(JsonObject card) => MessageFactory.Attachment(Of(card));
}
