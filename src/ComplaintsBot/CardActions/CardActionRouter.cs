using ComplaintsBot.BotFramework.Builder;
using ComplaintsBot.BotFramework.Schema;

namespace ComplaintsBot.CardActions;

/// <summary>Finds the <see cref="ICardAction"/> for an Action.Execute verb; an unknown verb is answered in the card.</summary>
public sealed class CardActionRouter(IEnumerable<ICardAction> actions)
{
    private readonly Dictionary<string, ICardAction> _byVerb = actions.ToDictionary(a => a.Verb, StringComparer.Ordinal);

    public IReadOnlyCollection<string> Verbs => _byVerb.Keys;

    public Task<AdaptiveCardInvokeResponse> ExecuteAsync(ITurnContext turnContext, AdaptiveCardInvokeAction action, CancellationToken cancellationToken) =>
        action.Verb is { } verb && _byVerb.TryGetValue(verb, out var handler)
            ? handler.ExecuteAsync(turnContext, action, cancellationToken)
            : Task.FromResult(AdaptiveCardInvokeResponse.Error(400, "BadRequest", $"This card asked for '{action.Verb}', which this bot does not do."));
}
