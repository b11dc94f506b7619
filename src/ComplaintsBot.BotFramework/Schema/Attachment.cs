using System.Text.Json.Nodes;

namespace ComplaintsBot.BotFramework.Schema;

/// <summary>A card or file on an activity. An Adaptive Card has its JSON object as Content.</summary>
public class Attachment : ExtensibleObject
{
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";
    public const string HeroCardContentType = "application/vnd.microsoft.card.hero";

    public string? ContentType { get; set; }
    public string? ContentUrl { get; set; }
    public JsonNode? Content { get; set; }
    public string? Name { get; set; }
    public string? ThumbnailUrl { get; set; }
}
