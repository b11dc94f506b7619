using System.Text.Json.Nodes;
using ComplaintsBot.BotFramework.Builder;
using ComplaintsBot.BotFramework.Schema;

namespace ComplaintsBot.Cards;

/// <summary>An Adaptive Card as Teams receives it: the one place the attachment and its content type are written.</summary>
public static class CardAttachment
{
    public static Attachment Of(JsonObject card) => new() { ContentType = Attachment.AdaptiveCardContentType, Content = card };

    /// <summary>A message holding only the card, with its notification line (<see cref="CardSummary"/>).</summary>
    public static Activity AsMessage(JsonObject card)
    {
        var message = MessageFactory.Attachment(Of(card));
        CardSummary.Fill(message);
        return message;
    }
}
