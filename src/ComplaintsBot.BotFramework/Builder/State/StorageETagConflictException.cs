namespace ComplaintsBot.BotFramework.Builder;

/// <summary>
/// A write of an <see cref="IStoreItem"/> whose ETag no longer matches the stored one. An ArgumentException,
/// as the SDK's MemoryStorage throws, so code written against the SDK catches it the same way.
/// </summary>
public class StorageETagConflictException : ArgumentException
{
    public StorageETagConflictException(string key, string? expectedETag, string? currentETag)
        : base($"Etag conflict on '{key}'. Original: {expectedETag}, current: {currentETag}. Read the item again and retry.")
    {
        Key = key;
        ExpectedETag = expectedETag;
        CurrentETag = currentETag;
    }

    public string Key { get; }
    public string? ExpectedETag { get; }
    public string? CurrentETag { get; }
}
