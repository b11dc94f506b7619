using System.Text.Json;

namespace ComplaintsBot.BotFramework.Schema;

/// <summary>What the HTTP layer answers an invoke with: a status and a JSON body.</summary>
public class InvokeResponse
{
    public InvokeResponse() { }

    public InvokeResponse(int status, object? body = null)
    {
        Status = status;
        Body = body;
    }

    public int Status { get; set; }
    public object? Body { get; set; }

    /// <summary>
    /// Reads the answer parked in TurnState[BotAdapter.InvokeResponseKey]: an activity of type
    /// invokeResponse whose value is this object as JSON (the body comes back as a JsonElement).
    /// </summary>
    public static InvokeResponse? FromActivity(Activity? parked) =>
        parked?.Type == ActivityTypes.InvokeResponse && parked.Value is not null
            ? parked.Value.Deserialize<InvokeResponse>(BotJson.Options)
            : null;
}
