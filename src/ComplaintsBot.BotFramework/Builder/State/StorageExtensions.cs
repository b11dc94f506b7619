namespace ComplaintsBot.BotFramework.Builder;

/// <summary>Typed reads over <see cref="IStorage"/> (the SDK's StorageExtensions).</summary>
public static class StorageExtensions
{
    public static async Task<IDictionary<string, TStoreItem>> ReadAsync<TStoreItem>(this IStorage storage, string[] keys, CancellationToken cancellationToken = default)
        where TStoreItem : class
    {
        ArgumentNullException.ThrowIfNull(storage);
        var items = await storage.ReadAsync(keys, cancellationToken).ConfigureAwait(false);
        var result = new Dictionary<string, TStoreItem>(StringComparer.Ordinal);
        foreach (var (key, value) in items)
        {
            if (ObjectPath.ConvertValue<TStoreItem>(value) is { } typed) result[key] = typed;
        }
        return result;
    }
}
