namespace ComplaintsBot.BotFramework.Builder;

/// <summary>
/// Reads and writes one property of a <see cref="BotState"/> for the current turn. Values are saved as JSON
/// at the end of the turn, so store JSON-friendly types (records of primitives, lists, dictionaries).
/// </summary>
public interface IStatePropertyAccessor<T> : IStatePropertyInfo
{
    /// <summary>The property's value; when it is missing, the factory's value (stored) or default if no factory.</summary>
    Task<T> GetAsync(ITurnContext turnContext, Func<T>? defaultValueFactory = null, CancellationToken cancellationToken = default);

    Task SetAsync(ITurnContext turnContext, T value, CancellationToken cancellationToken = default);

    Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken = default);
}
