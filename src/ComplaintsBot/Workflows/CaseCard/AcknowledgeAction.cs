using ComplaintsBot.BotFramework.Schema;
using ComplaintsBot.CardActions;
using ComplaintsBot.Cases.Domain;

namespace ComplaintsBot.Workflows.CaseCard;

/// <summary>acknowledge: the running stage's acknowledgement was sent to the customer now.</summary>
public sealed class AcknowledgeAction(CaseActionServices services) : CaseCardAction(services)
{
    public override string Verb => "acknowledge";

    private const int ComplaintDefinitionLimit = 16000;

    protected override async Task<AdaptiveCardInvokeResponse> RunAsync(CaseActionContext context, CancellationToken cancellationToken)
    {
        Require(context.Permissions.Acknowledge, "Only the case owner or a manager can acknowledge this case, and only before it is acknowledged.");
        // Acknowledged, defined and logged (Code 5.6, 6.2, 6.11): the card offers the definition to correct; a press
        // that carries none (a client that sends no inputs) keeps the one offered.
        var definition = context.Request.Input("complaintDefinition");
        if (definition is null && context.Request.Data.ContainsKey("complaintDefinition"))
            throw CardActionRefusedException.BadRequest("BadRequest", "Set out the complaint definition: our understanding of the complaint and the outcomes the customer wants.");
        if (definition is { Length: > ComplaintDefinitionLimit })
            throw CardActionRefusedException.BadRequest("BadRequest", $"The complaint definition is too long: keep it under {ComplaintDefinitionLimit} characters.");
        var changed = await Services.Cases.ChangeAsync(context.Case.Id, context.Request.Version, context.Clicker.AadObjectId, CaseAuditActions.Acknowledged,
            c => c.Acknowledge(Now, definition ?? c.ProposedDefinition()), cancellationToken);
        return await ChangedAsync(context, changed, $"Acknowledged by {context.Clicker.DisplayName}.", cancellationToken);
    }
}
