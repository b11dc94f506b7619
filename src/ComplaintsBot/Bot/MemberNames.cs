using ComplaintsBot.BotFramework.Builder;
using ComplaintsBot.BotFramework.Connector;

namespace ComplaintsBot.Bot;

/// <summary>
/// The display name of a conversation member. Teams (and the Agents Playground) send installationUpdate and
/// conversationUpdate without the user's name, so it is asked of the Connector
/// (GET v3/conversations/{id}/members/{userId}), as the SDK's TeamsInfo.GetMemberAsync does. Best effort and
/// bounded: a lookup that fails or is slow leaves the name unknown rather than delaying or breaking the welcome.
/// </summary>
public sealed class MemberNames(IConnectorClientFactory connectors, ILogger<MemberNames> logger)
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(3);

    public async Task<string?> FindAsync(ITurnContext turnContext, string? userId, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (activity.From is { Name: { } fromName } from && from.Id == userId && !string.IsNullOrWhiteSpace(fromName)) return fromName;
        if (string.IsNullOrEmpty(userId) || string.IsNullOrEmpty(activity.ServiceUrl) || string.IsNullOrEmpty(activity.Conversation?.Id)) return null;

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Limit);
        try
        {
            var member = await connectors.Create(activity.ServiceUrl).GetConversationMemberAsync(userId, activity.Conversation.Id, timeout.Token);
            return member.Name;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("Could not look up the name of member {UserId} in conversation {ConversationId}: {Reason}", userId, activity.Conversation.Id, ex.Message);
            return null;
        }
    }
}
