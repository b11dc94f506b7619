using System.Text.Json.Nodes;
using ComplaintsBot.BotFramework.Schema;
using ComplaintsBot.CardActions;
using ComplaintsBot.Cases;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Rules;
using ComplaintsBot.Cases.Store;
using ComplaintsBot.Workflows.Compensation;

namespace ComplaintsBot.Workflows.Responses;

/// <summary>
/// signOffResponse / returnResponse on the sign-off card: only a holder of the role the policy names (TCH 8.1, whg
/// Appendix 1), else an administrator as fallback decider, never the writer. Signed off: the response is recorded as
/// sent that day (or, when its compensation is above what both the writer and the signer may agree, goes on for
/// compensation approval). Sent back: nothing is recorded and the writer records it again, with what was written kept.
/// </summary>
public sealed class SignOffDecisionAction(CaseActionServices services, SignOffCards cards, CompensationCards compensationCards, bool signOff) : DecisionAction(services, signOff)
{
    public const string SignOffVerb = "signOffResponse";

    /// <summary>Sends the response back to its writer; a comment is required.</summary>
    public const string ReturnVerb = "returnResponse";

    protected override (string Approve, string Decline) Verbs => (SignOffVerb, ReturnVerb);

    protected override (string Decided, string Shown) Nouns => ("response", "response");

    protected override bool AlreadyDecided(Case current) =>
        SignOffCards.Latest(current) is { SignOff.Decision: not SignOffDecision.Pending };

    protected override Task<JsonObject> CurrentCardAsync(Case @case, StaffMember viewer, CancellationToken cancellationToken) =>
        cards.CurrentAsync(@case, viewer, cancellationToken);

    protected override async Task<AdaptiveCardInvokeResponse> RunAsync(CaseActionContext context, CancellationToken cancellationToken)
    {
        if (SignOffCards.Latest(context.Case) is not { SignOff.Decision: SignOffDecision.Pending } pending)
            throw new CaseStateException($"{context.Case.Reference} has no response waiting for sign-off.");
        var (stage, waiting) = pending;
        var policy = context.Policy;
        var writer = await RequesterAsync(context, waiting.RequestedById,
            ("The person who wrote this response is no longer on the staff list.", "You wrote this response, so someone else signs it off."), cancellationToken);
        var signer = ApprovalRules.RoleName(policy, waiting.SignOffRole);
        Require((await cards.DecidersAsync(waiting, writer, cancellationToken)).Include(context.Clicker),
            $"Under {policy.Name} only the {signer} signs off this response.");
        var comment = Comment(context, $"Say why in the comment, so {writer.DisplayName} knows what to change.");

        // Compensation above what the writer may agree needs someone whose limit covers it: the signer, or the role the policy names.
        var amount = waiting.Compensation ?? 0m;
        var needsCompensationApproval = Approve && amount > 0
            && !ApprovalRules.MayAgreeCompensation(policy, writer, amount) && !ApprovalRules.MayAgreeCompensation(policy, context.Clicker, amount);
        var action = Approve ? CaseAuditActions.SignedOff : CaseAuditActions.SignOffReturned;
        var changed = await Services.Cases.ChangeAsync(context.Case.Id, context.Request.Version, context.Clicker.AadObjectId,
            c =>
            {
                var response = c.DecideSignOff(Approve ? SignOffDecision.SignedOff : SignOffDecision.Returned, context.Clicker.Id, Now, comment);
                if (response is null) return [action];
                if (!needsCompensationApproval)
                {
                    c.RecordResponse(response);
                    return [action, CaseAuditActions.Responded];
                }
                c.RequestCompensationApproval(writer.Id, response, ApprovalRules.CompensationApprover(policy, amount), null);
                return [action, CaseAuditActions.CompensationRequested];
            }, cancellationToken);

        var decided = changed.Stage(stage.Number)!.SignOffs.Single(s => s.Id == waiting.Id);
        var card = await cards.RenderAsync(changed, changed.Stage(stage.Number)!, decided, cancellationToken);
        return await DecidedAsync(context, changed, SentCardMessage.SignOffCard, decided.Id, card,
            () => TellWriterAsync(context, changed, writer, stage.Number, decided, needsCompensationApproval, cancellationToken), cancellationToken);
    }

    private async Task TellWriterAsync(CaseActionContext context, Case changed, StaffMember writer, int stage, ResponseSignOff decided, bool compensationNext, CancellationToken cancellationToken)
    {
        var stageName = context.Policy.Stage(stage).Name;
        string text;
        if (!Approve)
        {
            text = $"{context.Clicker.DisplayName} sent your {stageName} response on {changed.Reference} back: nothing was recorded. " +
                   "Record the response again from the case card (what you wrote is filled in).";
        }
        else if (compensationNext)
        {
            var (compensationStage, approval) = CompensationCards.Latest(changed)!.Value;
            var approvalCard = await compensationCards.RenderAsync(changed, compensationStage, approval, cancellationToken);
            var deciders = await compensationCards.DecidersAsync(context.Policy, writer, approval.Amount, cancellationToken);
            var sentTo = await Services.Messenger.SendCardAsync(context.Turn.Adapter, deciders.People, approvalCard, changed.Id, SentCardMessage.CompensationDecisionCard, approval.Id, cancellationToken);
            text = $"{context.Clicker.DisplayName} signed off your {stageName} response on {changed.Reference}; its {CompensationDecisionView.Pounds(approval.Amount)} compensation now needs agreeing" +
                   (sentTo.Count > 0 ? $": sent to {string.Join(", ", sentTo)}." : ", and nobody who may agree it could be reached: withdraw it or send it again from the case card.");
        }
        else
        {
            text = $"{context.Clicker.DisplayName} signed off your {stageName} response on {changed.Reference}: it is recorded as sent, and the letter to the customer is ready: use Letter on the case card.";
        }
        await TellAsync(context, writer, text, decided.Comment, cancellationToken);
    }
}
