namespace ComplaintsBot.Workflows.Reminders;

/// <summary>What one sweep did: reminders written, reminders sent.</summary>
public readonly record struct SweepResult(int Written, int Sent);
