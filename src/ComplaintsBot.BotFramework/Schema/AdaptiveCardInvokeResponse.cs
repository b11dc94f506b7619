using System.Text.Json.Nodes;

namespace ComplaintsBot.BotFramework.Schema;

/// <summary>
/// The body answering an <c>adaptiveCard/action</c> invoke (sent with HTTP 200):
/// <c>{statusCode, type, value}</c>. A card (<see cref="CardContentType"/>) replaces the clicked card for
/// the user who clicked; a message (<see cref="MessageContentType"/>) shows a banner; an error
/// (<see cref="ErrorContentType"/>) carries <c>{code, message}</c>.
/// </summary>
public class AdaptiveCardInvokeResponse
{
    public const string CardContentType = "application/vnd.microsoft.card.adaptive";
    public const string MessageContentType = "application/vnd.microsoft.activity.message";
    public const string ErrorContentType = "application/vnd.microsoft.error";

    public int StatusCode { get; set; } = 200;
    public string? Type { get; set; }
    public JsonNode? Value { get; set; }

    /// <summary>200 with a card that replaces the clicked one.</summary>
    public static AdaptiveCardInvokeResponse Card(JsonNode card) => new() { StatusCode = 200, Type = CardContentType, Value = card };

    /// <summary>200 with a short message shown under the card.</summary>
    public static AdaptiveCardInvokeResponse Message(string text) => new() { StatusCode = 200, Type = MessageContentType, Value = JsonValue.Create(text) };

    /// <summary>An error outcome (400..599) with a code and a message the client shows.</summary>
    public static AdaptiveCardInvokeResponse Error(int statusCode, string code, string message) => new()
    {
        StatusCode = statusCode,
        Type = ErrorContentType,
        Value = new JsonObject { ["code"] = code, ["message"] = message },
    };
}
