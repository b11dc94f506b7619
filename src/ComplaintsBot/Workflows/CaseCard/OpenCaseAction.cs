using ComplaintsBot.BotFramework.Schema;
using ComplaintsBot.CardActions;

namespace ComplaintsBot.Workflows.CaseCard;

/// <summary>openCase: the case card, as it is now, for the person who asked.</summary>
public sealed class OpenCaseAction(CaseActionServices services) : CaseCardAction(services)
{
    public override string Verb => "openCase";

    protected override bool RequiresCurrentVersion => false;

    protected override async Task<AdaptiveCardInvokeResponse> RunAsync(CaseActionContext context, CancellationToken cancellationToken) =>
        AdaptiveCardInvokeResponse.Card(await Services.CaseCards.ForAsync(context.Case, context.Clicker, cancellationToken));
}
