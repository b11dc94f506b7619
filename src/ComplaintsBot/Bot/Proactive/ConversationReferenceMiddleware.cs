using ComplaintsBot.BotFramework.Builder;
using ComplaintsBot.BotFramework.Schema;

namespace ComplaintsBot.Bot.Proactive;

/// <summary>
/// Saves the conversation reference of every inbound activity (they reach the pipeline only after
/// authentication), so reminders and approval cards can reach the user later. Proactive turns are skipped.
/// </summary>
public sealed class ConversationReferenceMiddleware(ConversationReferenceStore references) : BotFramework.Builder.IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var activity = turnContext.Activity;
        var isProactive = activity.Type == ActivityTypes.Event && activity.Name == "ContinueConversation";
        var isRemoval = activity.Type == ActivityTypes.InstallationUpdate && activity.Action is "remove" or "remove-upgrade";
        if (!isProactive && !isRemoval) await references.SaveAsync(activity, cancellationToken);
        else if (isRemoval && activity.From?.Id is { } userId) await references.MarkBlockedAsync(userId, activity.Conversation?.Id, cancellationToken);

        await next(cancellationToken);
    }
}
