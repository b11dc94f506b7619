namespace ComplaintsBot.LoadBenchmark;

/// <summary>What the Connector stand-in received for one conversation, in arrival order.</summary>
public sealed class ConversationInbox
{
    private readonly List<ReceivedActivity> _received = [];

    public void Add(ReceivedActivity activity)
    {
        lock (_received) _received.Add(activity);
    }

    /// <summary>Takes everything received so far.</summary>
    public ReceivedActivity[] TakeAll()
    {
        lock (_received)
        {
            var all = _received.ToArray();
            _received.Clear();
            return all;
        }
    }
}

/// <summary>One activity the bot sent: the replyToId from the route and the raw JSON body.</summary>
public sealed record ReceivedActivity(string? ReplyToId, byte[] Body);
