using System.Text.Json;
using System.Text.Json.Nodes;
using ComplaintsBot.BotFramework.Schema;
using ComplaintsBot.Cards.Templating;

namespace ComplaintsBot.Cards;

/// <summary>
/// The one line Teams shows for a card-only message in a notification and the activity feed (the activity's
/// <c>summary</c>): the card's heading, and the line under it when the heading sits in a header container
/// ("Reminder: Stage 1 response for case CMP-2026-0142 - Due soon"). Without it those places show nothing useful.
/// </summary>
public static class CardSummary
{
    /// <summary>Teams cuts a notification line short anyway; a summary longer than this ends in an ellipsis.</summary>
    public const int MaxLength = 150;

    /// <summary>The summary of <paramref name="card"/>, or null when it has no text at all.</summary>
    public static string? Of(JsonObject card)
    {
        ArgumentNullException.ThrowIfNull(card);
        if (card["body"] is not JsonArray body) return null;
        var lines = new List<string>();
        // A header container (the first element) gives its first two lines; otherwise the first text of the card.
        if (body.FirstOrDefault() is JsonObject { } first && TypeOf(first) == "Container" && first["items"] is JsonArray header)
            lines.AddRange(Texts(header).Take(2));
        if (lines.Count == 0) lines.AddRange(Texts(body).Take(1));
        if (lines.Count == 0) return null;
        var summary = string.Join(" - ", lines.Select(l => MarkdownText.Unescape(l).ReplaceLineEndings(" ").Trim()));
        return summary.Length <= MaxLength ? summary : summary[..(MaxLength - 1)].TrimEnd() + "…";
    }

    /// <summary>Gives every card-only message its summary, unless it already has one or has text of its own.</summary>
    public static void Fill(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Type != ActivityTypes.Message || !string.IsNullOrEmpty(activity.Summary) || !string.IsNullOrWhiteSpace(activity.Text)) return;
        var card = activity.Attachments?.FirstOrDefault(a => a.ContentType == Attachment.AdaptiveCardContentType)?.Content as JsonObject;
        if (card is not null) activity.Summary = Of(card);
    }

    private static IEnumerable<string> Texts(JsonArray elements)
    {
        foreach (var element in elements.OfType<JsonObject>())
        {
            switch (TypeOf(element))
            {
                case "TextBlock" when element["text"] is JsonValue text && text.GetValueKind() == JsonValueKind.String && text.GetValue<string>().Trim().Length > 0:
                    yield return text.GetValue<string>();
                    break;
                case "RichTextBlock" when element["inlines"] is JsonArray inlines:
                    var joined = string.Concat(inlines.Select(i => i is JsonObject run ? (string?)run["text"] : i?.GetValueKind() == JsonValueKind.String ? (string?)i : null));
                    if (joined.Trim().Length > 0) yield return joined;
                    break;
                case "Container" when element["items"] is JsonArray items:
                    foreach (var inner in Texts(items)) yield return inner;
                    break;
            }
        }
    }

    private static string? TypeOf(JsonObject element) =>
        element["type"] is JsonValue type && type.GetValueKind() == JsonValueKind.String ? type.GetValue<string>() : null;
}
