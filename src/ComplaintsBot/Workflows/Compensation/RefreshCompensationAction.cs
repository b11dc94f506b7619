using System.Text.Json.Nodes;
using ComplaintsBot.BotFramework.Schema;
using ComplaintsBot.CardActions;
using ComplaintsBot.Cases.Domain;

namespace ComplaintsBot.Workflows.Compensation;

/// <summary>refreshCompensation (the compensation approval card's refresh): the request as it stands now, decided or not.</summary>
public sealed class RefreshCompensationAction(CaseActionServices services, CompensationCards approvalCards) : CaseCardAction(services)
{
    public override string Verb => "refreshCompensation";

    protected override bool RequiresCurrentVersion => false;

    protected override async Task<AdaptiveCardInvokeResponse> RunAsync(CaseActionContext context, CancellationToken cancellationToken) =>
        AdaptiveCardInvokeResponse.Card(await CurrentCardAsync(context.Case, context.Clicker, cancellationToken));

    protected override Task<JsonObject> CurrentCardAsync(Case @case, StaffMember viewer, CancellationToken cancellationToken) =>
        approvalCards.CurrentAsync(@case, viewer, cancellationToken);
}
