using ComplaintsBot.Bot.Proactive;
using ComplaintsBot.BotFramework.Builder;
using ComplaintsBot.Cards;
using ComplaintsBot.Cases.Domain;

namespace ComplaintsBot.Workflows.Reminders;

/// <summary>
/// Sends a reminder as a proactive message in the person's 1:1 chat with the bot (their stored reference).
/// No reference, or a send refused as MessageWritesBlocked, makes them unreachable; a block is remembered.
/// </summary>
public sealed class TeamsReminderSender(BotAdapter adapter, CardMessenger messenger) : IReminderSender
{
    public async Task<string?> SendAsync(StaffMember recipient, ReminderMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        ArgumentNullException.ThrowIfNull(message);
        var (sent, blocked) = await messenger.SendPersonalAsync(adapter, recipient, CardAttachment.AsMessage(message.Card), cancellationToken);
        if (sent is null)
            throw new RecipientUnreachableException(blocked
                ? $"{recipient.DisplayName} has removed or blocked the app."
                : $"{recipient.DisplayName} has not installed the app, or has removed or blocked it.");
        return sent.MessageId;
    }
}
