using ComplaintsBot.BotFramework.Schema;
using ComplaintsBot.CardActions;

namespace ComplaintsBot.Workflows.CaseCard;

/// <summary>refreshCase (the case card's refresh): the current card with the buttons this viewer may use.</summary>
public sealed class RefreshCaseAction(CaseActionServices services) : CaseCardAction(services)
{
    public override string Verb => "refreshCase";

    protected override bool RequiresCurrentVersion => false;

    protected override bool IsAutomaticRefresh => true;

    protected override async Task<AdaptiveCardInvokeResponse> RunAsync(CaseActionContext context, CancellationToken cancellationToken) =>
        AdaptiveCardInvokeResponse.Card(await Services.CaseCards.ForAsync(context.Case, context.Clicker, cancellationToken));
}
