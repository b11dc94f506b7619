using System.Text.Json.Nodes;
using ComplaintsBot.Cases.Sla;

namespace ComplaintsBot.Workflows.Reminders;

/// <summary>One reminder as it is sent: the card, and what it is about (for logs and tests).</summary>
/// <param name="Reminder">The reminder row's key.</param>
/// <param name="Window">Which window it is for.</param>
/// <param name="About">Case reference and deadline, or "digest" with the number of cases.</param>
/// <param name="Card">The expanded Adaptive Card.</param>
public sealed record ReminderMessage(string Reminder, ReminderWindow Window, string About, JsonObject Card);
