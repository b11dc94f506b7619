using System.Text.Json.Nodes;
using ComplaintsBot.BotFramework.Builder;
using ComplaintsBot.BotFramework.Schema;
using ComplaintsBot.CardActions;
using ComplaintsBot.Cards;
using ComplaintsBot.Cases;
using ComplaintsBot.Cases.Deadlines;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Cases.Rules;
using ComplaintsBot.Cases.Store;

namespace ComplaintsBot.Workflows.Extensions;

/// <summary>
/// approveExtension and declineExtension on the approval card (one class, one instance per verb): only someone the policy lets decide, never the
/// requester; the deadlines move, every copy of the approval card and of the case card is updated, and the
/// requester is told. Two managers deciding at once: one wins, the other sees the decision already made.
/// </summary>
public sealed class ExtensionDecisionAction(CaseActionServices services, ExtensionCards approvalCards, bool approve) : DecisionAction(services, approve)
{
    /// <summary>The response deadline moves by the working days asked.</summary>
    public const string ApproveVerb = "approveExtension";

    /// <summary>The deadline stays; the requester is told why (the comment).</summary>
    public const string DeclineVerb = "declineExtension";

    protected override (string Approve, string Decline) Verbs => (ApproveVerb, DeclineVerb);

    protected override (string Decided, string Shown) Nouns => ("request", "request");

    protected override bool AlreadyDecided(Case current) =>
        ExtensionCards.Latest(current) is { Extension.Decision: not ExtensionDecision.Pending };

    protected override Task<JsonObject> CurrentCardAsync(Case @case, StaffMember viewer, CancellationToken cancellationToken) =>
        approvalCards.CurrentAsync(@case, viewer, cancellationToken);

    protected override async Task<AdaptiveCardInvokeResponse> RunAsync(CaseActionContext context, CancellationToken cancellationToken)
    {
        if (ExtensionCards.Latest(context.Case) is not { Extension.Decision: ExtensionDecision.Pending } pending)
            throw new CaseStateException($"{context.Case.Reference} has no extension waiting for a decision.");
        var (stage, extension) = pending;
        var requester = await RequesterAsync(context, extension.RequestedById,
            ("The person who asked for this extension is no longer on the staff list.", "You asked for this extension, so someone else must decide it."), cancellationToken);
        // The administrators decide only when nobody the policy names may (Deciders).
        Require((await approvalCards.DecidersAsync(context.Policy, stage.Number, requester, cancellationToken)).Include(context.Clicker),
            $"Only {requester.DisplayName}'s line manager or {ApprovalRules.RoleName(context.Policy, context.Policy.Stage(stage.Number).Extension.Approver)} can decide this extension.");

        var comment = context.Request.Input("comment");
        var action = CaseAuditActions.ExtensionDecided(Approve);
        var changed = await Services.Cases.ChangeAsync(context.Case.Id, context.Request.Version, context.Clicker.AadObjectId, action,
            c => c.DecideExtension(extension.Id, Approve, context.Clicker.Id, Now, comment), cancellationToken);

        var decided = ExtensionCards.Latest(changed)!.Value;
        var card = await approvalCards.RenderAsync(changed, decided.Stage, decided.Extension, cancellationToken);
        return await DecidedAsync(context, changed, SentCardMessage.ExtensionDecisionCard, decided.Extension.Id, card,
            () => TellRequesterAsync(context, changed, requester, decided.Stage.Number, comment, cancellationToken), cancellationToken);
    }

    private async Task TellRequesterAsync(CaseActionContext context, Case changed, StaffMember requester, int stage, string? comment, CancellationToken cancellationToken)
    {
        var due = Services.Deadlines.ResponseDue(changed, context.Policy, stage, changed.Stage(stage)!.ApprovedExtensionDays);
        var what = DeadlineNames.ForStaff(CaseDeadlines.ResponseKind(stage));
        var text = Approve
            ? $"{context.Clicker.DisplayName} approved your extension on {changed.Reference}: {what} is now due {(due is { } d ? CardDates.Day(d.DueDate) : "as shown on the case")}."
            : $"{context.Clicker.DisplayName} declined your extension on {changed.Reference}: {what} stays due {(due is { } d2 ? CardDates.Day(d2.DueDate) : "as before")}.";
        if (comment is not null) text += $" Comment: {comment}";
        if (Approve && due is { } newDue)
        {
            // Code 6.4-6.5 and 6.15-6.16: the resident is told the new date, the reason and the Ombudsman's details.
            var extension = changed.Stage(stage)!.Extensions.Last(e => e.Decision == ExtensionDecision.Approved);
            text += $"\n\nTell the customer the new date, the reason and the Housing Ombudsman's contact details ({ExtensionNotice.Clause(context.Policy, stage, extension)}), for example:\n\n" +
                    string.Join("\n\n", ExtensionNotice.ForCustomer(changed, context.Policy, stage, extension, newDue.DueDate));
        }
        await TellAsync(context, requester, text, comment: null, cancellationToken);
    }
}
