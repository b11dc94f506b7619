using System.Text.Json.Nodes;
using ComplaintsBot.BotFramework.Schema;
using ComplaintsBot.Cases.Domain;

namespace ComplaintsBot.CardActions;

/// <summary>An approval card's refresh: the request as it stands now, decided or not, whatever version the card had.</summary>
public abstract class RefreshApprovalCardAction(CaseActionServices services, IApprovalCards approvalCards) : CaseCardAction(services)
{
    protected sealed override bool RequiresCurrentVersion => false;

    protected sealed override bool IsAutomaticRefresh => true;

    protected sealed override async Task<AdaptiveCardInvokeResponse> RunAsync(CaseActionContext context, CancellationToken cancellationToken) =>
        AdaptiveCardInvokeResponse.Card(await CurrentCardAsync(context.Case, context.Clicker, cancellationToken));

    protected sealed override Task<JsonObject> CurrentCardAsync(Case @case, StaffMember viewer, CancellationToken cancellationToken) =>
        approvalCards.CurrentAsync(@case, viewer, cancellationToken);
}
