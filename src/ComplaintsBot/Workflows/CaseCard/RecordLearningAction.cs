using ComplaintsBot.BotFramework.Schema;
using ComplaintsBot.CardActions;
using ComplaintsBot.Cases.Domain;

namespace ComplaintsBot.Workflows.CaseCard;

/// <summary>recordLearning: on a closed case, records (or corrects) what was learnt and the service improvement made (Code 9.1, 9.2).</summary>
public sealed class RecordLearningAction(CaseActionServices services) : CaseCardAction(services)
{
    public override string Verb => "recordLearning";

    protected override async Task<AdaptiveCardInvokeResponse> RunAsync(CaseActionContext context, CancellationToken cancellationToken)
    {
        Require(context.Permissions.RecordLearning, "Only the case owner or a manager can record what was learnt, once the case is closed.");
        var @case = context.Case;
        if (context.Request.Input("confirm") is null)
            return CaseLearningForm.Show(@case, Verb, "Learning and service improvement", "Save");
        var learning = context.Request.Input("learning");
        var improvement = context.Request.Input("serviceImprovement");
        if (learning is null && improvement is null)
            throw CardActionRefusedException.BadRequest("BadRequest", "Write what was learnt or the service improvement made, then save.");
        var changed = await Services.Cases.ChangeAsync(@case.Id, context.Request.Version, context.Clicker.AadObjectId, CaseAuditActions.LearningRecorded,
            c => c.RecordLearning(learning, improvement), cancellationToken);
        return await ChangedAsync(context, changed, $"Learning recorded by {context.Clicker.DisplayName}.", cancellationToken);
    }
}
