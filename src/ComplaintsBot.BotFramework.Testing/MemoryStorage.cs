using ComplaintsBot.BotFramework.Builder;

namespace ComplaintsBot.BotFramework.Testing;

/// <summary>
/// In-process storage for tests and benchmarks. Values are kept as JSON text, so what comes back is what a
/// durable store would give after a restart (JSON, not the original CLR objects).
/// </summary>
public class MemoryStorage : IStorage
{
    private readonly Dictionary<string, StoredDocument> _memory;
    private readonly Lock _sync = new();
    private long _eTag;

    public MemoryStorage(Dictionary<string, string>? initialJson = null)
    {
        _memory = new Dictionary<string, StoredDocument>(StringComparer.Ordinal);
        foreach (var (key, json) in initialJson ?? []) _memory[key] = new StoredDocument(json, null);
    }

    public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var result = new Dictionary<string, object>(StringComparer.Ordinal);
        lock (_sync)
        {
            foreach (var key in keys)
            {
                if (_memory.TryGetValue(key, out var document)) result[key] = StorageJson.Deserialize(document.Json);
            }
        }
        return Task.FromResult<IDictionary<string, object>>(result);
    }

    public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        lock (_sync)
        {
            // Check every ETag before writing anything, so a conflict leaves the store unchanged.
            foreach (var (key, value) in changes)
                StorageJson.CheckETag(key, value, _memory.TryGetValue(key, out var current) ? current.ETag : null);

            foreach (var (key, value) in changes)
            {
                var eTag = (++_eTag).ToString(System.Globalization.CultureInfo.InvariantCulture);
                _memory[key] = new StoredDocument(StorageJson.Serialize(value, eTag), eTag);
            }
        }
        return Task.CompletedTask;
    }

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        lock (_sync)
        {
            foreach (var key in keys) _memory.Remove(key);
        }
        return Task.CompletedTask;
    }

    private sealed record StoredDocument(string Json, string? ETag);
}
