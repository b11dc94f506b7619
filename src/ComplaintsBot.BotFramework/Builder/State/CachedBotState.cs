using System.Text.Json;

namespace ComplaintsBot.BotFramework.Builder;

/// <summary>
/// A bot state as loaded for one turn (kept in TurnState), with the JSON it had when loaded or last saved,
/// so a save can be skipped when nothing changed.
/// </summary>
public class CachedBotState
{
    public CachedBotState(IDictionary<string, object>? state = null)
    {
        State = state ?? new Dictionary<string, object>(StringComparer.Ordinal);
        Hash = ComputeHash(State);
    }

    /// <summary>A state whose JSON the caller already has (the text it was loaded from).</summary>
    internal CachedBotState(IDictionary<string, object> state, string hash)
    {
        State = state;
        Hash = hash;
    }

    public IDictionary<string, object> State { get; set; }

    /// <summary>The state's JSON when last loaded or saved (the SDK also compares serialised text).</summary>
    public string Hash { get; set; }

    public bool IsChanged() => !string.Equals(Hash, ComputeHash(State), StringComparison.Ordinal);

    internal static string ComputeHash(object state) => JsonSerializer.Serialize(state, StorageJson.Options);
}
