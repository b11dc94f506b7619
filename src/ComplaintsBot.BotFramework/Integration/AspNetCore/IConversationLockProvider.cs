namespace ComplaintsBot.BotFramework.Integration.AspNetCore;

/// <summary>
/// A lock per conversation shared by every instance of the bot (a database lock), so that with several
/// instances behind a load balancer a conversation still has one turn at a time: the second turn loads the
/// state the first one saved, and finds its activity id there if it is a redelivery.
/// </summary>
public interface IConversationLockProvider
{
    /// <summary>Waits for and takes the lock of <paramref name="key"/>; disposing the result releases it.</summary>
    ValueTask<IAsyncDisposable> AcquireAsync(string key, CancellationToken cancellationToken);
}
