using ComplaintsBot.CardActions;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Rules;
using ComplaintsBot.Cases.Store;

namespace ComplaintsBot.Workflows.Escalation;

/// <summary>
/// Sends a late request for the next stage to everyone holding the role the policy names to decide it (TCH 9.1: the
/// Customer Experience Manager; WCH 5.3.2: the Assistant Director), or its fallback when nobody holds that role
/// (TCH: a leadership team member; WCH: the Customer Experience Manager), as sign-offs and exclusions are sent. Never to
/// any manager: with nobody in either role the administrators get the card as fallback deciders and are told at once;
/// with nobody reachable the administrators are told.
/// </summary>
public sealed class LateEscalationRouting(CaseActionServices services, LateEscalationCards cards)
{
    /// <summary>Routes the waiting request; the notice for whoever recorded it, starting with <paramref name="what"/>.</summary>
    public async Task<string> RouteAsync(CaseActionContext context, Case changed, string what, CancellationToken cancellationToken)
    {
        var (stage, request) = LateEscalationCards.Latest(changed)!.Value;
        var recorder = await services.Staff.FindAsync(request.RequestedById, cancellationToken) ?? context.Clicker;
        var decider = ApprovalRules.RoleName(context.Policy, request.DeciderRole);
        var card = await cards.RenderAsync(changed, stage, request, cancellationToken);
        var deciders = await cards.DecidersAsync(context.Policy, recorder, cancellationToken);
        var next = context.Policy.Stage(stage.Number + 1).Name;
        if (deciders.AdministratorsAsFallback)
            await AdminNotices.TellAsync(services, context.Turn,
                $"{recorder.DisplayName} recorded a late request for {next} on {changed.Reference}, and {context.Policy.Name} has the {decider} decide whether to accept it, " +
                "but nobody holds that role. As an administrator you may decide it from the card I am sending you, or type **admin** to give someone the role.",
                cancellationToken, except: recorder);
        var sentTo = await services.Messenger.SendCardAsync(context.Turn.Adapter, deciders.People, card, changed.Id, SentCardMessage.LateEscalationCard, request.Id, cancellationToken);
        var meanwhile = $"The case stays at {context.Policy.Stage(stage.Number).Name} until it is decided; what you entered is kept.";
        if (deciders.AdministratorsAsFallback)
            return sentTo.Count > 0
                ? $"{what}, but nobody holds the {decider} role: I sent it to the administrators ({string.Join(", ", sentTo)}) to decide instead. {meanwhile}"
                : $"{what}, but nobody holds the {decider} role and no administrator could be reached: ask one to give someone the role (they type admin). {meanwhile}";
        if (sentTo.Count > 0) return $"{what}; sent to {string.Join(", ", sentTo)} ({decider}) to accept or decline. {meanwhile}";
        var unreachable = string.Join(", ", deciders.People.Select(p => p.DisplayName));
        var told = await AdminNotices.TellAsync(services, context.Turn,
            $"{recorder.DisplayName}'s late request for {next} on {changed.Reference} waits for the {decider}, but nobody who may decide it ({unreachable}) can be reached in Teams: ask them to open the bot.",
            cancellationToken, except: recorder);
        return $"{what}, but nobody who may decide it ({unreachable}) can be reached in Teams; they can decide it from the case when they open it. " +
               (told.Count > 0 ? $"I told the administrators ({string.Join(", ", told)}). " : "No administrator could be reached either. ") + meanwhile;
    }
}
