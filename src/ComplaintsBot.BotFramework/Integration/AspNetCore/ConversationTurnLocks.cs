namespace ComplaintsBot.BotFramework.Integration.AspNetCore;

/// <summary>
/// Runs the turns of one conversation one after the other, in this process. Conversation state is
/// loaded at the start of a turn and saved at the end with last-writer-wins storage, so two turns of
/// one conversation at once (Teams sends installationUpdate and conversationUpdate together; users
/// double-click) would overwrite each other. A lock lives only while a turn holds or waits for it.
/// With several instances, an <see cref="IConversationLockProvider"/> (a database lock) is taken as well, once
/// this process's turn for the conversation is next, so only one waiter per process holds a database session.
/// </summary>
public sealed class ConversationTurnLocks(IConversationLockProvider? acrossInstances = null)
{
    private readonly Dictionary<string, Entry> _locks = new(StringComparer.Ordinal);
    private readonly AsyncLocal<ImmutableKeySet?> _held = new();

    /// <summary>How many conversations have a lock right now (held or awaited).</summary>
    public int ActiveCount
    {
        get { lock (_locks) return _locks.Count; }
    }

    /// <summary>True inside a turn that holds a conversation's lock (in this async flow).</summary>
    public bool IsInsideTurn => _held.Value is not null;

    /// <summary>
    /// Runs <paramref name="turn"/> alone for <paramref name="key"/>. A null key runs unlocked. A turn
    /// already holding the key (a proactive send to the same conversation from inside a turn) re-enters.
    /// </summary>
    public async Task RunAsync(string? key, Func<Task> turn, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (key is null || _held.Value?.Contains(key) == true)
        {
            await turn().ConfigureAwait(false);
            return;
        }

        var entry = Acquire(key);
        try
        {
            await entry.Semaphore.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                _held.Value = (_held.Value ?? ImmutableKeySet.Empty).With(key);
                if (acrossInstances is null)
                {
                    await turn().ConfigureAwait(false);
                }
                else
                {
                    await using var shared = await acrossInstances.AcquireAsync(key, cancellationToken).ConfigureAwait(false);
                    await turn().ConfigureAwait(false);
                }
            }
            finally
            {
                entry.Semaphore.Release();
            }
        }
        finally
        {
            Release(key, entry);
        }
    }

    private Entry Acquire(string key)
    {
        lock (_locks)
        {
            if (!_locks.TryGetValue(key, out var entry)) _locks[key] = entry = new Entry();
            entry.Users++;
            return entry;
        }
    }

    private void Release(string key, Entry entry)
    {
        lock (_locks)
        {
            if (--entry.Users == 0)
            {
                _locks.Remove(key);
                entry.Semaphore.Dispose();
            }
        }
    }

    private sealed class Entry
    {
        public SemaphoreSlim Semaphore { get; } = new(1, 1);
        public int Users { get; set; }
    }

    /// <summary>The keys held by the current async flow; immutable so child flows cannot change the parent's.</summary>
    private sealed class ImmutableKeySet
    {
        public static readonly ImmutableKeySet Empty = new([]);
        private readonly HashSet<string> _keys;

        private ImmutableKeySet(HashSet<string> keys) => _keys = keys;

        public bool Contains(string key) => _keys.Contains(key);

        public ImmutableKeySet With(string key) => new(new HashSet<string>(_keys, StringComparer.Ordinal) { key });
    }
}
