namespace ComplaintsBot.BotFramework.Builder;

/// <summary>Several bot states loaded or saved together.</summary>
public class BotStateSet
{
    public BotStateSet(params BotState[] botStates) => BotStates.AddRange(botStates);

    public List<BotState> BotStates { get; } = [];

    public BotStateSet Add(BotState botState)
    {
        BotStates.Add(botState ?? throw new ArgumentNullException(nameof(botState)));
        return this;
    }

    public async Task LoadAllAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default)
    {
        foreach (var state in BotStates) await state.LoadAsync(turnContext, force, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Saves every state that changed in one storage write (per storage), so the states move together: a process
    /// killed at any point leaves all of them as they were or all as they are now, never the conversation's row
    /// (with the redelivery guard's record) ahead of the person's dialog or the reverse. A storage writes the keys
    /// of one write all or nothing (<see cref="IStorage"/>).
    /// </summary>
    public async Task SaveAllChangesAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var changes = BotStates.Select(state => state.PendingChange(turnContext, force)).OfType<PendingStateChange>().ToList();
        foreach (var write in changes.GroupBy(change => change.Storage, ReferenceEqualityComparer.Instance))
        {
            var storage = (IStorage)write.Key!;
            var keys = new Dictionary<string, object>(StringComparer.Ordinal);
            foreach (var change in write) keys[change.Key] = change.Value;
            await storage.WriteAsync(keys, cancellationToken).ConfigureAwait(false);
            foreach (var change in write) change.MarkSaved();
        }
    }
}
