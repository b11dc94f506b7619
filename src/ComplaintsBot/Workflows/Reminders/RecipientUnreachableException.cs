namespace ComplaintsBot.Workflows.Reminders;

/// <summary>The bot cannot write to this person: the app is not installed for them, or they removed or blocked it.</summary>
public sealed class RecipientUnreachableException(string message) : Exception(message);
