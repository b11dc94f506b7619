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

    public async Task SaveAllChangesAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default)
    {
        foreach (var state in BotStates) await state.SaveChangesAsync(turnContext, force, cancellationToken).ConfigureAwait(false);
    }
}
