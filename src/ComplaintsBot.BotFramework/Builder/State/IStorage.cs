namespace ComplaintsBot.BotFramework.Builder;

/// <summary>
/// Key/value storage for bot state (the SDK's IStorage). Values are written as JSON and come back as
/// JSON (<see cref="System.Text.Json.JsonElement"/>); convert them with <see cref="ObjectPath.ConvertValue{T}"/>
/// or <see cref="StorageExtensions.ReadAsync{TStoreItem}"/>. Keys that are not stored are absent from the
/// result of <see cref="ReadAsync"/>. Values that implement <see cref="IStoreItem"/> get optimistic concurrency
/// (<see cref="StorageJson.CheckETag"/> holds the rule every implementation applies). The keys of one
/// <see cref="WriteAsync"/> are written all or nothing: <see cref="BotStateSet"/> relies on it to save a turn's states together.
/// </summary>
public interface IStorage
{
    Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default);

    Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default);

    Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default);
}
