using System.Globalization;
using ComplaintsBot.BotFramework.Builder;
using ComplaintsBot.BotFramework.Schema;
using ComplaintsBot.CardActions;
using ComplaintsBot.Cards;
using ComplaintsBot.Cases.Sla;
using ComplaintsBot.Cases.Store;
using ComplaintsBot.Cases.Time;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsBot.Workflows.Reminders;

/// <summary>
/// "snoozeReminder": puts the reminder the card was sent in (replyToId) off until the next working morning,
/// or until <c>data.until</c> (yyyy-MM-dd), which must come before the due date. Only its recipient, or
/// their line manager, may snooze it.
/// </summary>
public sealed class SnoozeReminderAction(IDbContextFactory<CasesDbContext> contexts, WorkingHours hours, TimeProvider clock) : ICardAction
{
    public const string VerbName = "snoozeReminder";

    public string Verb => VerbName;

    public async Task<AdaptiveCardInvokeResponse> ExecuteAsync(ITurnContext turnContext, AdaptiveCardInvokeAction action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(action);
        var messageId = turnContext.Activity.ReplyToId;
        var clicker = turnContext.Activity.From?.AadObjectId;
        if (string.IsNullOrEmpty(messageId))
            return AdaptiveCardInvokeResponse.Error(400, "BadRequest", "Snooze works from a reminder card; this click did not come from one.");
        if (string.IsNullOrEmpty(clicker))
            return AdaptiveCardInvokeResponse.Error(401, "Unauthorized", "Teams did not say who clicked, so the reminder was not snoozed.");

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var reminder = await db.Reminders.AsTracking().FirstOrDefaultAsync(r => r.MessageId == messageId, cancellationToken);
        if (reminder is null)
            return AdaptiveCardInvokeResponse.Error(404, "NotFound", "This reminder is not known any more, so it cannot be snoozed.");
        var staff = await db.Staff.FirstOrDefaultAsync(s => s.AadObjectId == clicker, cancellationToken);
        var recipient = await db.Staff.FirstOrDefaultAsync(s => s.Id == reminder.RecipientStaffId, cancellationToken);
        if (staff is null || recipient is null || (staff.Id != recipient.Id && recipient.LineManagerId != staff.Id))
            return AdaptiveCardInvokeResponse.Error(403, "Forbidden", "Only the person this reminder was sent to, or their manager, can snooze it.");

        var now = clock.GetUtcNow();
        DateTimeOffset until;
        if (action.Data?["until"]?.GetValue<string>() is { Length: > 0 } text)
        {
            if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                return AdaptiveCardInvokeResponse.Error(400, "BadRequest", $"'{text}' is not a date; give the day to snooze until as yyyy-MM-dd.");
            if (date <= LondonTime.DateOf(now))
                return AdaptiveCardInvokeResponse.Error(400, "BadRequest", $"Snooze until a day after today, not {CardDates.Day(date)}.");
            if (reminder.DueDate is { } dueDate && date >= dueDate)
                return AdaptiveCardInvokeResponse.Error(400, "BadRequest", $"Snooze until a day before the deadline ({CardDates.Day(dueDate)}), not {CardDates.Day(date)}.");
            until = hours.OpeningOn(date);
        }
        else
        {
            until = hours.NextWorkingMorning(now);
        }

        reminder.State = ReminderState.Snoozed;
        reminder.NotBefore = until;
        reminder.Attempts = 0;
        reminder.ClaimedBy = null;
        reminder.LeaseUntil = null;
        await db.SaveChangesAsync(cancellationToken);
        return AdaptiveCardInvokeResponse.Message($"Snoozed: I will remind you again on {CardDates.DayAndTime(until)}.");
    }
}
