namespace ComplaintsBot.Cases.Store;

/// <summary>
/// One item of the bot framework's IStorage: conversation or user state as JSON. <see cref="ETag"/> is a
/// concurrency token, so an update made through a tracked entity only succeeds against the ETag it read.
/// </summary>
public sealed class BotStateEntry
{
    public required string Key { get; set; }
    public required string Json { get; set; }
    public required string ETag { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
