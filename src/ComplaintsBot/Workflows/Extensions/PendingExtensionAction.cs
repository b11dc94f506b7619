using System.Text.Json.Nodes;
using ComplaintsBot.CardActions;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Store;

namespace ComplaintsBot.Workflows.Extensions;

/// <summary>
/// withdrawExtension / resendExtension on an extension nobody has decided, by the requester, whoever holds the case or
/// a manager. Withdrawn: the deadline stays, and every copy of the approval card says it was withdrawn. Sent again: the
/// approval card goes to everyone who may decide it now (<see cref="ExtensionRouting"/>).
/// </summary>
public sealed class PendingExtensionAction(CaseActionServices services, ExtensionCards approvalCards, ExtensionRouting routing, bool withdraw)
    : PendingRequestAction(services, withdraw)
{
    public const string WithdrawVerb = "withdrawExtension";

    public const string ResendVerb = "resendExtension";

    protected override (string Withdraw, string Resend) Verbs => (WithdrawVerb, ResendVerb);

    protected override (string Withdrawn, string Resent) AuditActions => (CaseAuditActions.ExtensionWithdrawn, CaseAuditActions.ExtensionResent);

    protected override string CardKind => SentCardMessage.ExtensionDecisionCard;

    protected override (bool Allowed, string Refusal) Permission(CaseActionContext context) => Withdraw
        ? (context.Permissions.WithdrawExtension, "Only the person who asked for the extension, the case's owner or a manager can withdraw it, and only while it waits.")
        : (context.Permissions.ResendExtension, "Only the person who asked for the extension, the case's owner or a manager can send it again, and only while it waits.");

    protected override void WithdrawFrom(Case @case, CaseActionContext context) => @case.WithdrawExtension(context.Clicker.Id, Now);

    protected override async Task<(JsonObject Card, int? RequestId, string Notice)> WithdrawnAsync(CaseActionContext context, Case changed, CancellationToken cancellationToken)
    {
        var (stage, extension) = ExtensionCards.Latest(changed)!.Value;
        return (await approvalCards.RenderAsync(changed, stage, extension, cancellationToken), extension.Id,
            $"Extension of {extension.WorkingDays} working days withdrawn; the deadline stays as it was. You can ask again, or record the response.");
    }

    protected override Task<string> SendAgainAsync(CaseActionContext context, Case same, CancellationToken cancellationToken) =>
        routing.RouteAsync(context, same, $"Extension of {ExtensionCards.Latest(same)!.Value.Extension.WorkingDays} working days sent again", cancellationToken);
}
