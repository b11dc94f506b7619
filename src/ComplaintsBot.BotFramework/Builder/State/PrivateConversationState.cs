namespace ComplaintsBot.BotFramework.Builder;

/// <summary>
/// State per person within a conversation, key "{channelId}/conversations/{conversation.id}/users/{from.id}" (the
/// SDK's PrivateConversationState). In a group chat or channel thread each member gets their own dialog stack here,
/// so one person's answer never lands in another person's dialog.
/// </summary>
public class PrivateConversationState(IStorage storage) : BotState(storage, nameof(PrivateConversationState))
{
    protected override string GetStorageKey(ITurnContext turnContext)
    {
        var activity = turnContext.Activity;
        var channelId = activity.ChannelId ?? throw new InvalidOperationException("Invalid activity: missing channelId.");
        var conversationId = activity.Conversation?.Id ?? throw new InvalidOperationException("Invalid activity: missing conversation.id.");
        var userId = activity.From?.Id ?? throw new InvalidOperationException("Invalid activity: missing from.id.");
        return $"{channelId}/conversations/{conversationId}/users/{userId}";
    }
}
