using System.Text.Json.Nodes;
using ComplaintsBot.BotFramework.Builder;
using ComplaintsBot.BotFramework.Schema;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Store;

namespace ComplaintsBot.CardActions;

/// <summary>
/// The frame of every verb on a case: resolve who clicked and the case, refuse a card that shows an old
/// version (a stale card or a second click changes nothing), run the verb, and turn a refusal into a short
/// explanation in the card with the current state.
/// </summary>
public abstract class CaseCardAction(CaseActionServices services) : ICardAction
{
    protected CaseActionServices Services => services;

    protected DateTimeOffset Now => services.Clock.GetUtcNow();

    public abstract string Verb { get; }

    /// <summary>Refresh, open and history show the case as it is now, whatever version the card had.</summary>
    protected virtual bool RequiresCurrentVersion => true;

    /// <summary>A card's automatic refresh (Teams asks, nobody clicked): its view is recorded at most once a window (<see cref="Cases.Rules.CaseAccess.RefreshViewWindow"/>).</summary>
    protected virtual bool IsAutomaticRefresh => false;

    /// <summary>What a case nobody may see is answered with: exactly what a case that is not there is answered with.</summary>
    public const string NotThere = "This case is no longer there.";

    public async Task<AdaptiveCardInvokeResponse> ExecuteAsync(ITurnContext turnContext, AdaptiveCardInvokeAction action, CancellationToken cancellationToken)
    {
        StaffMember? clicker = null;
        CaseActionRequest? request = null;
        try
        {
            request = CaseActionRequest.Parse(action.Data);
            clicker = await ClickerAsync(turnContext, cancellationToken);
            var @case = await services.Cases.FindAsync(request.CaseId, cancellationToken);
            // Someone outside the case's reach learns nothing, not even that it exists (CaseVisibility).
            if (@case is null || !await services.Access.MaySeeAsync(@case, services.Deadlines.PolicyOf(@case), clicker, cancellationToken))
                throw new CardActionRefusedException(404, "NotFound", NotThere);
            var context = new CaseActionContext(turnContext, request, clicker, @case, services.Deadlines.PolicyOf(@case));
            // Open, refresh and history only show the case: each showing is a view for the audit trail.
            if (!RequiresCurrentVersion) await services.Access.RecordViewAsync(@case, clicker, $"card: {Verb}", cancellationToken, automaticRefresh: IsAutomaticRefresh);
            if (RequiresCurrentVersion && request.Version != @case.Version)
                return await StaleAsync(context, cancellationToken) ?? await CurrentStateAsync(request.CaseId, clicker, StaleNotice(@case), cancellationToken);
            return await RunAsync(context, cancellationToken);
        }
        catch (CardActionRefusedException refused)
        {
            return AdaptiveCardInvokeResponse.Error(refused.StatusCode, refused.Code, refused.Message);
        }
        catch (CaseChangedElsewhereException)
        {
            var current = await services.Cases.FindAsync(request!.CaseId, cancellationToken);
            return await CurrentStateAsync(request.CaseId, clicker!, current is null ? NotThere : StaleNotice(current), cancellationToken);
        }
        catch (CaseStateException refused)
        {
            return await CurrentStateAsync(request!.CaseId, clicker!, refused.Message, cancellationToken);
        }
    }

    /// <summary>
    /// The answer to a click on a card older than the case, when the verb has a better one than the current card (a
    /// form keeps what was typed in it); null for the current card with the stale notice.
    /// </summary>
    protected virtual Task<AdaptiveCardInvokeResponse?> StaleAsync(CaseActionContext context, CancellationToken cancellationToken) =>
        Task.FromResult<AdaptiveCardInvokeResponse?>(null);

    protected abstract Task<AdaptiveCardInvokeResponse> RunAsync(CaseActionContext context, CancellationToken cancellationToken);

    /// <summary>The card to show when nothing was changed: the current state of what the card is about.</summary>
    protected virtual async Task<JsonObject> CurrentCardAsync(Case @case, StaffMember viewer, CancellationToken cancellationToken) =>
        await services.CaseCards.ForAsync(@case, viewer, cancellationToken);

    protected virtual string StaleNotice(Case current) =>
        $"Nothing was changed: {current.Reference} changed since this card was shown. This is the case as it is now.";

    /// <summary>
    /// Answers with the case card after a change, and updates every copy of it: the message clicked (remembered
    /// only now, once the click was allowed and changed something) and every other one remembered before.
    /// </summary>
    protected async Task<AdaptiveCardInvokeResponse> ChangedAsync(CaseActionContext context, Case changed, string notice, CancellationToken cancellationToken)
    {
        await services.Messenger.RememberClickedAsync(context.Turn, changed.Id, SentCardMessage.CaseCard, null, cancellationToken);
        var answer = CardNotice.Add(await services.CaseCards.ForAsync(changed, context.Clicker, cancellationToken), notice, problem: false);
        await services.CaseCards.UpdateEveryCopyAsync(context.Turn, changed, cancellationToken, clicked: answer);
        return AdaptiveCardInvokeResponse.Card(answer);
    }

    protected static void Require(bool allowed, string explanation)
    {
        if (!allowed) throw CardActionRefusedException.Forbidden(explanation);
    }

    /// <summary>The staff member who clicked, from their Teams user id; anyone else may do nothing.</summary>
    private async Task<StaffMember> ClickerAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var aadObjectId = turn.Activity.From?.AadObjectId;
        if (string.IsNullOrWhiteSpace(aadObjectId))
            throw CardActionRefusedException.Forbidden("Teams did not say who you are, so this bot cannot act for you.");
        var member = await services.Staff.FindAsync(aadObjectId, cancellationToken)
            ?? throw CardActionRefusedException.Forbidden("You are not on this bot's staff list; ask an administrator to add you with your role.");
        return await services.DirectoryRoles.CurrentAsync(member, cancellationToken: cancellationToken);
    }

    private async Task<AdaptiveCardInvokeResponse> CurrentStateAsync(int caseId, StaffMember viewer, string notice, CancellationToken cancellationToken)
    {
        if (await services.Cases.FindAsync(caseId, cancellationToken) is not { } current)
            return AdaptiveCardInvokeResponse.Error(404, "NotFound", notice);
        return AdaptiveCardInvokeResponse.Card(CardNotice.Add(await CurrentCardAsync(current, viewer, cancellationToken), notice, problem: true));
    }
}
