namespace ComplaintsBot.LoadBenchmark;

/// <summary>The benchmark conversation's progress, kept in conversation state so the end check can read it from SQLite.</summary>
public static class ConversationStatus
{
    public const string PropertyName = "LoadBenchmark.Status";
    public const string InProgress = "in-progress";
    public const string Completed = "completed";
}
