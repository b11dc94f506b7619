namespace ComplaintsBot.BotFramework.Builder;

/// <summary>
/// A set of named properties kept in <see cref="IStorage"/> under one key per scope (conversation, user).
/// Loaded once per turn and cached in TurnState; saved only when its JSON changed (or when forced).
/// </summary>
/// <remarks>
/// Concurrency: turns of one conversation are serialised by the adapter (and across instances by its lock
/// provider), so two turns never interleave on the same state. The state itself is written as a plain
/// dictionary, not an <see cref="IStoreItem"/>, so writes are last-writer-wins as in the SDK. Teams
/// retrying a slow request is handled by <see cref="RedeliveryGuardMiddleware"/>, which records processed
/// activity ids in the same state write as the dialog stack.
/// </remarks>
public abstract class BotState
{
    private readonly string _contextServiceKey;

    protected BotState(IStorage storage, string contextServiceKey)
    {
        Storage = storage ?? throw new ArgumentNullException(nameof(storage));
        ArgumentException.ThrowIfNullOrEmpty(contextServiceKey);
        _contextServiceKey = contextServiceKey;
    }

    protected IStorage Storage { get; }

    public IStatePropertyAccessor<T> CreateProperty<T>(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        return new BotStatePropertyAccessor<T>(this, name);
    }

    /// <summary>Reads the state from storage unless this turn already did (or <paramref name="force"/>).</summary>
    public virtual async Task LoadAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var cached = GetCachedState(turnContext);
        if (!force && cached is not null) return;

        var key = GetStorageKey(turnContext);
        var items = await Storage.ReadAsync([key], cancellationToken).ConfigureAwait(false);
        if (!items.TryGetValue(key, out var stored))
        {
            turnContext.TurnState[_contextServiceKey] = new CachedBotState();
            return;
        }
        var state = ObjectPath.ConvertValue<Dictionary<string, object>>(stored);
        // The stored text is what the last save serialised, so it stands for the hash without serialising the
        // state again. Were it formatted differently, the only cost would be one unneeded write.
        turnContext.TurnState[_contextServiceKey] = stored is System.Text.Json.JsonElement { ValueKind: System.Text.Json.JsonValueKind.Object } element && state is not null
            ? new CachedBotState(state, element.GetRawText())
            : new CachedBotState(state);
    }

    /// <summary>Writes the state if it changed since it was loaded (or if <paramref name="force"/>).</summary>
    public virtual async Task SaveChangesAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default)
    {
        if (PendingChange(turnContext, force) is not { } change) return;
        await Storage.WriteAsync(new Dictionary<string, object> { [change.Key] = change.Value }, cancellationToken).ConfigureAwait(false);
        change.MarkSaved();
    }

    /// <summary>
    /// What saving would write (key and serialised state), or null when nothing changed; <see cref="PendingStateChange.MarkSaved"/>
    /// once the write committed. <see cref="BotStateSet"/> writes the changes of several states in one storage write with it.
    /// </summary>
    internal PendingStateChange? PendingChange(ITurnContext turnContext, bool force)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var cached = GetCachedState(turnContext);
        if (cached is null) return null;
        // Serialised once: the same JSON decides whether to write, is what storage writes, and is the new hash.
        var hash = CachedBotState.ComputeHash(cached.State);
        if (!force && string.Equals(cached.Hash, hash, StringComparison.Ordinal)) return null;
        return new PendingStateChange(Storage, GetStorageKey(turnContext), new SerializedState(hash), () => cached.Hash = hash);
    }

    /// <summary>Empties the cached state; the next save writes the empty state.</summary>
    public virtual Task ClearStateAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        // An empty hash makes the next save write even though the state is empty.
        turnContext.TurnState[_contextServiceKey] = new CachedBotState { Hash = string.Empty };
        return Task.CompletedTask;
    }

    /// <summary>Removes the state from the turn cache and from storage.</summary>
    public virtual async Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        turnContext.TurnState.Remove(_contextServiceKey);
        await Storage.DeleteAsync([GetStorageKey(turnContext)], cancellationToken).ConfigureAwait(false);
    }

    public CachedBotState? GetCachedState(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return turnContext.TurnState.Get<CachedBotState>(_contextServiceKey);
    }

    protected abstract string GetStorageKey(ITurnContext turnContext);

    protected Task<T?> GetPropertyValueAsync<T>(ITurnContext turnContext, string propertyName, CancellationToken cancellationToken = default) =>
        TryGetPropertyValue<T>(turnContext, propertyName, out var value) ? Task.FromResult(value) : throw new KeyNotFoundException(propertyName);

    /// <summary>The lookup without the SDK's KeyNotFoundException: the accessor asks on every turn, and a missing property is normal there.</summary>
    private bool TryGetPropertyValue<T>(ITurnContext turnContext, string propertyName, out T? value)
    {
        var cached = GetLoadedState(turnContext);
        if (!cached.State.ContainsKey(propertyName))
        {
            value = default;
            return false;
        }
        value = ObjectPath.GetTypedValue<T>(cached.State, propertyName);
        return true;
    }

    protected Task SetPropertyValueAsync(ITurnContext turnContext, string propertyName, object? value, CancellationToken cancellationToken = default)
    {
        var cached = GetLoadedState(turnContext);
        if (value is null) cached.State.Remove(propertyName);
        else cached.State[propertyName] = value;
        return Task.CompletedTask;
    }

    protected Task DeletePropertyValueAsync(ITurnContext turnContext, string propertyName, CancellationToken cancellationToken = default)
    {
        GetLoadedState(turnContext).State.Remove(propertyName);
        return Task.CompletedTask;
    }

    private CachedBotState GetLoadedState(ITurnContext turnContext) =>
        GetCachedState(turnContext) ?? throw new InvalidOperationException($"{GetType().Name} is not loaded for this turn; call LoadAsync first.");

    /// <summary>The SDK's accessor: loads the state on first use in a turn, then reads and writes the cache.</summary>
    private sealed class BotStatePropertyAccessor<T>(BotState botState, string name) : IStatePropertyAccessor<T>
    {
        public string Name { get; } = name;

        public async Task<T> GetAsync(ITurnContext turnContext, Func<T>? defaultValueFactory = null, CancellationToken cancellationToken = default)
        {
            await botState.LoadAsync(turnContext, false, cancellationToken).ConfigureAwait(false);
            if (botState.TryGetPropertyValue<T>(turnContext, Name, out var stored)) return stored!;
            if (defaultValueFactory is null) return default!;
            var value = defaultValueFactory();
            await botState.SetPropertyValueAsync(turnContext, Name, value, cancellationToken).ConfigureAwait(false);
            return value;
        }

        public async Task SetAsync(ITurnContext turnContext, T value, CancellationToken cancellationToken = default)
        {
            await botState.LoadAsync(turnContext, false, cancellationToken).ConfigureAwait(false);
            await botState.SetPropertyValueAsync(turnContext, Name, value, cancellationToken).ConfigureAwait(false);
        }

        public async Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
        {
            await botState.LoadAsync(turnContext, false, cancellationToken).ConfigureAwait(false);
            await botState.DeletePropertyValueAsync(turnContext, Name, cancellationToken).ConfigureAwait(false);
        }
    }
}

/// <summary>One state's unsaved change: the storage it goes to, its key and value, and what to do once it is committed.</summary>
internal sealed record PendingStateChange(IStorage Storage, string Key, object Value, Action MarkSaved);
