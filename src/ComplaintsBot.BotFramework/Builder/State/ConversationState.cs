namespace ComplaintsBot.BotFramework.Builder;

/// <summary>State per conversation (the dialog stack lives here), key "{channelId}/conversations/{conversation.id}".</summary>
public class ConversationState(IStorage storage) : BotState(storage, nameof(ConversationState))
{
    protected override string GetStorageKey(ITurnContext turnContext)
    {
        var activity = turnContext.Activity;
        var channelId = activity.ChannelId ?? throw new InvalidOperationException("Invalid activity: missing channelId.");
        var conversationId = activity.Conversation?.Id ?? throw new InvalidOperationException("Invalid activity: missing conversation.id.");
        return $"{channelId}/conversations/{conversationId}";
    }
}
