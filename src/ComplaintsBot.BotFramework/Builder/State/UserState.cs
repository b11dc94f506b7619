namespace ComplaintsBot.BotFramework.Builder;

/// <summary>State per user across conversations, key "{channelId}/users/{from.id}".</summary>
public class UserState(IStorage storage) : BotState(storage, nameof(UserState))
{
    protected override string GetStorageKey(ITurnContext turnContext)
    {
        var activity = turnContext.Activity;
        var channelId = activity.ChannelId ?? throw new InvalidOperationException("Invalid activity: missing channelId.");
        var userId = activity.From?.Id ?? throw new InvalidOperationException("Invalid activity: missing from.id.");
        return $"{channelId}/users/{userId}";
    }
}
