namespace ComplaintsBot.BotFramework.Builder;

/// <summary>
/// A turn's state and replies were saved, but sending a reply failed (the Connector refused it or could not be reached).
/// Not handed to OnTurnError: the turn did not fail, and an apology would go the same way. The request ends in an error
/// status, so the channel delivers the activity again and the replies not yet sent go out then.
/// </summary>
public sealed class RepliesNotSentException(string activityId, int unsent, Exception innerException)
    : Exception($"The turn of activity {activityId} is saved, but {unsent} of its replies could not be sent; they are sent when the activity is delivered again.", innerException)
{
    public string ActivityId { get; } = activityId;

    public int Unsent { get; } = unsent;
}
