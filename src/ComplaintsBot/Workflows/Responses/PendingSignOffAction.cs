using System.Text.Json.Nodes;
using ComplaintsBot.CardActions;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Store;

namespace ComplaintsBot.Workflows.Responses;

/// <summary>
/// withdrawSignOff / resendSignOff on a response nobody has signed off, by the writer, whoever holds the case or a
/// manager. Withdrawn: nothing is recorded, every copy of the sign-off card says so, and "Record response" offers the
/// form again with what was written. Sent again: the sign-off card goes to everyone who may sign it off now, else the
/// administrators (<see cref="SignOffRouting"/>).
/// </summary>
public sealed class PendingSignOffAction(CaseActionServices services, SignOffCards cards, SignOffRouting routing, bool withdraw)
    : PendingRequestAction(services, withdraw)
{
    public const string WithdrawVerb = "withdrawSignOff";

    public const string ResendVerb = "resendSignOff";

    protected override (string Withdraw, string Resend) Verbs => (WithdrawVerb, ResendVerb);

    protected override (string Withdrawn, string Resent) AuditActions => (CaseAuditActions.SignOffWithdrawn, CaseAuditActions.SignOffResent);

    protected override string CardKind => SentCardMessage.SignOffCard;

    protected override (bool Allowed, string Refusal) Permission(CaseActionContext context) => Withdraw
        ? (context.Permissions.WithdrawSignOff, "Only the person who wrote the response, the case's owner or a manager can withdraw it, and only while it waits for sign-off.")
        : (context.Permissions.ResendSignOff, "Only the person who wrote the response, the case's owner or a manager can send it again, and only while it waits for sign-off.");

    protected override void WithdrawFrom(Case @case, CaseActionContext context) => @case.DecideSignOff(SignOffDecision.Withdrawn, context.Clicker.Id, Now, null);

    protected override async Task<(JsonObject Card, int? RequestId, string Notice)> WithdrawnAsync(CaseActionContext context, Case changed, CancellationToken cancellationToken)
    {
        var (stage, signOff) = SignOffCards.Latest(changed)!.Value;
        return (await cards.RenderAsync(changed, stage, signOff, cancellationToken), signOff.Id,
            "Response withdrawn from sign-off; nothing was recorded and the deadline keeps running. Record the response again: what was written is filled in.");
    }

    protected override Task<string> SendAgainAsync(CaseActionContext context, Case same, CancellationToken cancellationToken) =>
        routing.RouteAsync(context, same, "Response sent again for sign-off", cancellationToken);
}
