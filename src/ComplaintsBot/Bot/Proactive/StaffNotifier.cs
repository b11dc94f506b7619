using ComplaintsBot.BotFramework.Builder;
using ComplaintsBot.BotFramework.Connector;
using ComplaintsBot.BotFramework.Integration.AspNetCore;
using ComplaintsBot.BotFramework.Schema;
using ComplaintsBot.Cases.Domain;
using Microsoft.Extensions.Options;

namespace ComplaintsBot.Bot.Proactive;

/// <summary>
/// Sends a message to a colleague's personal chat with the bot, from inside another person's turn, through
/// the turn's adapter (the CloudAdapter in the host). False when they cannot be reached: no saved
/// conversation (the app is not installed) or the chat is blocked, so the caller can say so.
/// </summary>
public sealed class StaffNotifier(ConversationReferenceStore references, IOptions<BotFrameworkOptions> botOptions)
{
    public async Task<bool> NotifyAsync(ITurnContext turnContext, StaffMember recipient, Activity message, CancellationToken cancellationToken) =>
        await SendAsync(turnContext, recipient, message, cancellationToken) is not null;

    /// <summary>As <see cref="NotifyAsync"/>, with the conversation and the sent message's id, so the message can be replaced later; null when not reached.</summary>
    public async Task<(ConversationReference Reference, string? MessageId)?> SendAsync(ITurnContext turnContext, StaffMember recipient, Activity message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(recipient);
        var reference = await references.FindPersonalAsync(recipient.AadObjectId, cancellationToken);
        if (reference is null) return null;
        string? id = null;
        try
        {
            await turnContext.Adapter.ContinueConversationAsync(botOptions.Value.MicrosoftAppId, reference,
                async (proactive, ct) => id = (await proactive.SendActivityAsync(message, ct))?.Id, cancellationToken);
            return (reference, id);
        }
        catch (MessageWritesBlockedException)
        {
            if (reference.User?.Id is { } userId) await references.MarkBlockedAsync(userId, reference.Conversation?.Id, cancellationToken);
            return null;
        }
    }
}
