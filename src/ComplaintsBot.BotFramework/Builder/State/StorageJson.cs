using System.Text.Json;
using System.Text.Json.Nodes;
using ComplaintsBot.BotFramework.Schema;

namespace ComplaintsBot.BotFramework.Builder;

/// <summary>
/// The JSON rules every <see cref="IStorage"/> shares, so a database-backed store behaves exactly like
/// MemoryStorage (ComplaintsBot.BotFramework.Testing): values are serialised with System.Text.Json (wire options, no type names),
/// and an <see cref="IStoreItem"/>'s ETag is checked and replaced on each write.
/// </summary>
/// <remarks>
/// A database store needs one row per key: Key (primary key), Json (text), ETag (string). ReadAsync returns
/// <see cref="Deserialize"/>(Json) for the rows found. WriteAsync, in one transaction: for each change read
/// the row's ETag, call <see cref="CheckETag"/>, make a new ETag (a GUID), store <see cref="Serialize"/>(value,
/// newETag) and the new ETag (insert or update). Mapping the ETag column as a concurrency token turns a race
/// between two instances into DbUpdateConcurrencyException; rethrow it as <see cref="StorageETagConflictException"/>.
/// DeleteAsync removes the rows. StorageContract.VerifyAsync (ComplaintsBot.BotFramework.Testing) checks all of this.
/// </remarks>
public static class StorageJson
{
    /// <summary>The JSON property an IStoreItem's ETag is stored under (camelCase of ETag).</summary>
    public const string ETagPropertyName = "eTag";

    public static JsonSerializerOptions Options => BotJson.Options;

    /// <summary>
    /// Serialises a value for storage. An IStoreItem gets <paramref name="newETag"/> written into its JSON,
    /// so that reading it back returns the ETag to write with next time.
    /// </summary>
    public static string Serialize(object? value, string? newETag = null)
    {
        if (value is SerializedState serialized) return serialized.Json;
        // Only an IStoreItem needs its ETag written in; anything else is serialised straight to text.
        if (value is not IStoreItem) return JsonSerializer.Serialize(value, value?.GetType() ?? typeof(object), Options);
        var node = JsonSerializer.SerializeToNode(value, value?.GetType() ?? typeof(object), Options);
        if (value is IStoreItem && node is JsonObject item) item[ETagPropertyName] = newETag;
        return node?.ToJsonString(Options) ?? "null";
    }

    /// <summary>What a store returns for a stored document: an immutable JSON value.</summary>
    public static JsonElement Deserialize(string json) => JsonSerializer.Deserialize<JsonElement>(json, Options);

    /// <summary>
    /// The optimistic-concurrency rule (SDK MemoryStorage, Cosmos and Blob stores): only IStoreItem values
    /// are checked; ETag "*" or null writes unconditionally; any other ETag must equal the stored one.
    /// A key that is not stored yet accepts any ETag.
    /// </summary>
    public static void CheckETag(string key, object? value, string? currentETag)
    {
        if (value is not IStoreItem item) return;
        if (item.ETag is null || item.ETag == "*" || currentETag is null) return;
        if (!string.Equals(item.ETag, currentETag, StringComparison.Ordinal))
            throw new StorageETagConflictException(key, item.ETag, currentETag);
    }
}
