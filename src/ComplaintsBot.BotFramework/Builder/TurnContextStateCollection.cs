namespace ComplaintsBot.BotFramework.Builder;

/// <summary>Values that live for one turn (cached state, the invoke response, services).</summary>
public class TurnContextStateCollection : Dictionary<string, object>
{
    public TurnContextStateCollection() : base(StringComparer.Ordinal) { }

    public T? Get<T>(string key) where T : class =>
        TryGetValue(key, out var value) ? value as T : null;

    public T? Get<T>() where T : class => Get<T>(typeof(T).FullName!);

    public void Add<T>(T value) where T : class => Add(typeof(T).FullName!, value);

    public void Set<T>(string key, T value) where T : class => this[key] = value;

    public void Set<T>(T value) where T : class => this[typeof(T).FullName!] = value;
}
