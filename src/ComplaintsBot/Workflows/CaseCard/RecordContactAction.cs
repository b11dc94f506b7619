using System.Text.Json.Nodes;
using ComplaintsBot.BotFramework.Schema;
using ComplaintsBot.CardActions;
using ComplaintsBot.Cards;
using ComplaintsBot.Cases.Domain;

namespace ComplaintsBot.Workflows.CaseCard;

/// <summary>recordContact: without inputs shows the form (cards/record-contact.json); with them records what was said.</summary>
public sealed class RecordContactAction(CaseActionServices services) : CaseCardAction(services)
{
    private static readonly AdaptiveCardTemplate Form = AdaptiveCardTemplate.Load("record-contact");

    public override string Verb => "recordContact";

    protected override async Task<AdaptiveCardInvokeResponse> RunAsync(CaseActionContext context, CancellationToken cancellationToken)
    {
        Require(context.Permissions.RecordContact, "Only the case owner or a manager can record contact on this case.");
        var @case = context.Case;
        if (context.Request.Input("summary") is not { } summary)
        {
            return AdaptiveCardInvokeResponse.Card(Form.Expand(new JsonObject
            {
                ["caseId"] = CaseIds.Text(@case), ["version"] = @case.Version, ["reference"] = @case.Reference.ToString(),
                ["customer"] = @case.Customer.IsAnonymous ? null : @case.Customer.Name,
            }));
        }
        var channel = FormValues.Channel(context.Request.Input("channel"));
        var changed = await Services.Cases.ChangeAsync(@case.Id, context.Request.Version, context.Clicker.AadObjectId, CaseAuditActions.ContactRecorded,
            c => c.RecordContact(Now, channel, context.Clicker.Id, summary), cancellationToken);
        return await ChangedAsync(context, changed, $"Contact recorded by {context.Clicker.DisplayName}.", cancellationToken);
    }
}
