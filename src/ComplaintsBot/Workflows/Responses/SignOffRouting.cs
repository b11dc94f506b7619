using ComplaintsBot.BotFramework.Builder;
using ComplaintsBot.CardActions;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Rules;
using ComplaintsBot.Cases.Store;

namespace ComplaintsBot.Workflows.Responses;

/// <summary>
/// Sends a response waiting for sign-off to everyone holding the role the policy names (TCH 8.1, whg Appendix 1), and
/// says where it went. With nobody in that role the administrators get the card as fallback deciders, said to them
/// and to the writer at once; with nobody reachable the administrators are told.
/// </summary>
public sealed class SignOffRouting(CaseActionServices services, SignOffCards cards)
{
    /// <summary>Routes the running stage's waiting sign-off; the notice for the writer, starting with <paramref name="what"/>.</summary>
    public async Task<string> RouteAsync(CaseActionContext context, Case changed, string what, CancellationToken cancellationToken)
    {
        var (stage, signOff) = SignOffCards.Latest(changed)!.Value;
        var writer = await services.Staff.FindAsync(signOff.RequestedById, cancellationToken) ?? context.Clicker;
        var signer = ApprovalRules.RoleName(context.Policy, signOff.SignOffRole);
        var card = await cards.RenderAsync(changed, stage, signOff, cancellationToken);
        var deciders = await cards.DecidersAsync(signOff, writer, cancellationToken);
        if (deciders.AdministratorsAsFallback)
            await AdminNotices.TellAsync(services, context.Turn,
                $"{writer.DisplayName} wrote the {context.Policy.Stage(stage.Number).Name} response on {changed.Reference}, and {context.Policy.Name} has the {signer} sign it off, " +
                $"but nobody holds that role ({signOff.SignOffRole}). As an administrator you may sign it off from the card I am sending you, or type **admin** to give someone the role.",
                cancellationToken, except: writer);
        var sentTo = await services.Messenger.SendCardAsync(context.Turn.Adapter, deciders.People, card, changed.Id, SentCardMessage.SignOffCard, signOff.Id, cancellationToken);
        var keeps = "The deadline keeps running until it is signed off.";
        if (deciders.AdministratorsAsFallback)
            return sentTo.Count > 0
                ? $"{what}, but nobody holds the {signer} role: I sent it to the administrators ({string.Join(", ", sentTo)}) to sign off instead. {keeps}"
                : $"{what}, but nobody holds the {signer} role and no administrator could be reached: ask one to give someone the role (they type admin). " +
                  $"Send it again once someone may, or withdraw it. {keeps}";
        if (sentTo.Count > 0) return $"{what}; sent to {string.Join(", ", sentTo)} to sign off. {keeps}";
        var unreachable = string.Join(", ", deciders.People.Select(p => p.DisplayName));
        var told = await AdminNotices.TellAsync(services, context.Turn,
            $"{writer.DisplayName}'s response on {changed.Reference} waits for the {signer} to sign it off, but nobody who may ({unreachable}) can be reached in Teams: ask them to open the bot.",
            cancellationToken, except: writer);
        return $"{what}, but nobody who may sign it off ({unreachable}) can be reached in Teams. " +
               (told.Count > 0 ? $"I told the administrators ({string.Join(", ", told)}). " : "No administrator could be reached either. ") +
               $"Send it again once they have opened the bot, or withdraw it. {keeps}";
    }
}
