using ComplaintsBot.BotFramework.Testing;
using ComplaintsBot.BotFramework.Builder;

namespace ComplaintsBot.BotFramework.Tests.Builder.State;

/// <summary>A MemoryStorage that counts reads and writes, to check state is saved once per turn.</summary>
public sealed class CountingStorage : IStorage
{
    private readonly MemoryStorage _inner = new();

    public int Reads { get; private set; }
    public int Writes { get; private set; }

    /// <summary>The keys of each write, in order.</summary>
    public List<string[]> WrittenKeys { get; } = [];

    public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        Reads++;
        return _inner.ReadAsync(keys, cancellationToken);
    }

    /// <summary>Called at each write, before it is stored.</summary>
    public Action<IDictionary<string, object>>? OnWrite { get; set; }

    public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        OnWrite?.Invoke(changes);
        Writes++;
        WrittenKeys.Add([.. changes.Keys]);
        return _inner.WriteAsync(changes, cancellationToken);
    }

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default) => _inner.DeleteAsync(keys, cancellationToken);
}
