using ComplaintsBot.BotFramework.Schema;

namespace ComplaintsBot.BotFramework.Builder;

/// <summary>One turn of a conversation: the incoming activity and the means to answer it.</summary>
public interface ITurnContext
{
    BotAdapter Adapter { get; }
    TurnContextStateCollection TurnState { get; }
    Activity Activity { get; }
    /// <summary>True once the turn has sent anything but a trace. Prompts use it to skip a retry prompt.</summary>
    bool Responded { get; }

    Task<ResourceResponse> SendActivityAsync(string textReplyToSend, string? speak = null, string inputHint = InputHints.AcceptingInput, CancellationToken cancellationToken = default);
    Task<ResourceResponse> SendActivityAsync(Activity activity, CancellationToken cancellationToken = default);
    Task<ResourceResponse[]> SendActivitiesAsync(Activity[] activities, CancellationToken cancellationToken = default);
    Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken = default);
    Task DeleteActivityAsync(string activityId, CancellationToken cancellationToken = default);
    Task DeleteActivityAsync(ConversationReference conversationReference, CancellationToken cancellationToken = default);

    ITurnContext OnSendActivities(SendActivitiesHandler handler);
    ITurnContext OnUpdateActivity(UpdateActivityHandler handler);
    ITurnContext OnDeleteActivity(DeleteActivityHandler handler);
}
