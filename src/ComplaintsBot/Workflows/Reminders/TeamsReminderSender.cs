using ComplaintsBot.Bot.Proactive;
using ComplaintsBot.BotFramework.Builder;
using ComplaintsBot.BotFramework.Connector;
using ComplaintsBot.BotFramework.Schema;
using ComplaintsBot.Cases.Domain;

namespace ComplaintsBot.Workflows.Reminders;

/// <summary>
/// Sends a reminder as a proactive message in the person's 1:1 chat with the bot (their stored reference).
/// No reference, or a send refused as MessageWritesBlocked, makes them unreachable; a block is remembered.
/// </summary>
public sealed class TeamsReminderSender(BotAdapter adapter, ConversationReferenceStore references, IConfiguration configuration) : IReminderSender
{
    public async Task<string?> SendAsync(StaffMember recipient, ReminderMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        ArgumentNullException.ThrowIfNull(message);
        var reference = await references.FindPersonalAsync(recipient.AadObjectId, cancellationToken)
            ?? throw new RecipientUnreachableException($"{recipient.DisplayName} has not installed the app, or has removed or blocked it.");
        string? messageId = null;
        try
        {
            await adapter.ContinueConversationAsync(configuration["MicrosoftAppId"], reference, async (turn, ct) =>
            {
                var sent = await turn.SendActivityAsync(
                    MessageFactory.Attachment(new Attachment { ContentType = Attachment.AdaptiveCardContentType, Content = message.Card }), ct);
                messageId = sent?.Id;
            }, cancellationToken);
        }
        catch (MessageWritesBlockedException)
        {
            if (reference.User?.Id is { } userId)
                await references.MarkBlockedAsync(userId, reference.Conversation?.Id, cancellationToken);
            throw new RecipientUnreachableException($"{recipient.DisplayName} has removed or blocked the app.");
        }
        return messageId;
    }
}
