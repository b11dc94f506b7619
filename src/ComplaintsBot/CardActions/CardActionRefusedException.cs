namespace ComplaintsBot.CardActions;

/// <summary>
/// A card action that is not done, with the reason the person who clicked is shown in the card
/// (403 for who may not, 400 for a value outside what the policy allows, 404 for a case that is not there).
/// </summary>
public sealed class CardActionRefusedException(int statusCode, string code, string message) : Exception(message)
{
    public int StatusCode { get; } = statusCode;
    public string Code { get; } = code;

    public static CardActionRefusedException Forbidden(string message) => new(403, "Forbidden", message);

    public static CardActionRefusedException BadRequest(string code, string message) => new(400, code, message);
}
