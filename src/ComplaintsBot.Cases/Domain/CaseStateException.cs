namespace ComplaintsBot.Cases.Domain;

/// <summary>A transition asked of a case in a state it cannot leave that way (for example, acknowledging twice).</summary>
public sealed class CaseStateException(string message) : InvalidOperationException(message);
