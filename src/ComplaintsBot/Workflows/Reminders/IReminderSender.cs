using ComplaintsBot.Cases.Domain;

namespace ComplaintsBot.Workflows.Reminders;

/// <summary>Delivers a reminder card to one member of staff.</summary>
public interface IReminderSender
{
    /// <returns>The id of the message sent, which a card action names as replyToId.</returns>
    /// <exception cref="RecipientUnreachableException">The bot cannot write to them.</exception>
    Task<string?> SendAsync(StaffMember recipient, ReminderMessage message, CancellationToken cancellationToken);
}
