namespace ComplaintsBot.LoadBenchmark;

/// <summary>
/// What the durability check needs of a finished conversation: its id and the message id of each turn.
/// Kept instead of the whole <see cref="TeamsConversation"/>, because the driver's bookkeeping for
/// tens of thousands of conversations counts in the peak memory the benchmark reports.
/// </summary>
public sealed record SentConversation(string ConversationId, long[] ActivityIds)
{
    public string StorageKey => $"msteams/conversations/{ConversationId}";
}
