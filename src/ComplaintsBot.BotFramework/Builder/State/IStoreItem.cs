namespace ComplaintsBot.BotFramework.Builder;

/// <summary>
/// A stored value with an ETag for optimistic concurrency. Write it back with the ETag it was read with and
/// the write fails if someone wrote in between; "*" or null writes unconditionally.
/// </summary>
public interface IStoreItem
{
    string? ETag { get; set; }
}
