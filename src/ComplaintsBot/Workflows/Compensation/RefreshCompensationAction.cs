using System.Text.Json.Nodes;
using ComplaintsBot.BotFramework.Schema;
using ComplaintsBot.CardActions;
using ComplaintsBot.Cases.Domain;

namespace ComplaintsBot.Workflows.Compensation;

/// <summary>refreshCompensation (the compensation approval card's refresh): the request as it stands now, decided or not.</summary>
public sealed class RefreshCompensationAction(CaseActionKit kit, CompensationCards approvalCards) : CaseCardAction(kit)
{
    public override string Verb => "refreshCompensation";

    protected override bool RequiresCurrentVersion => false;

    protected override async Task<AdaptiveCardInvokeResponse> RunAsync(CaseActionContext context, CancellationToken cancellationToken) =>
        AdaptiveCardInvokeResponse.Card(await CurrentCardAsync(context.Case, context.Clicker, cancellationToken));

    protected override async Task<JsonObject> CurrentCardAsync(Case @case, StaffMember viewer, CancellationToken cancellationToken) =>
        CompensationCards.Latest(@case) is { } latest
            ? await approvalCards.RenderAsync(@case, latest.Stage, latest.Approval, cancellationToken)
            : await Kit.CaseCardAsync(@case, viewer, cancellationToken);
}
