using ComplaintsBot.BotFramework.Builder;
using ComplaintsBot.BotFramework.Schema;
using ComplaintsBot.Cases;
using ComplaintsBot.Cases.Deadlines;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Cases.Store;
using ComplaintsBot.Dialogs;
using ComplaintsBot.Hosting;

namespace ComplaintsBot.Workflows.CaseCard;

/// <summary>
/// The one-turn answers: "my cases" (the user's open cases as one card), "case &lt;reference&gt;" (the case
/// card), and the person behind a message, added to the staff directory on first sight (as an officer).
/// </summary>
public sealed class CaseReplies(
    ActivePolicy activePolicy,
    CaseDeadlines deadlines,
    StaffDirectory directory,
    OpenCases openCases,
    CaseService cases,
    CaseCardView caseCard,
    CaseListView caseList) : ICaseLookup
{
    public const string CaseUsage = "Type **case** and the reference, like case {0}-2026-00042.";

    /// <summary>The staff member who sent the activity, from their Teams user id; a new person is added as an officer.</summary>
    public async Task<StaffMember> SenderAsync(ITurnContext context, CancellationToken cancellationToken)
    {
        var from = context.Activity.From ?? throw new InvalidOperationException("The activity has no sender.");
        var member = await directory.EnsureAsync(from.AadObjectId ?? from.Id ?? "unknown", string.IsNullOrWhiteSpace(from.Name) ? "Unknown colleague" : from.Name, null, cancellationToken);
        if (member.Roles.Count == 0)
        {
            // First sight: the directory adds people without roles; every colleague starts as an officer.
            member = await directory.MakeOfficerAsync(member, cancellationToken);
        }
        return member;
    }

    public async Task SendMyCasesAsync(ITurnContext context, CancellationToken cancellationToken)
    {
        var me = await SenderAsync(context, cancellationToken);
        var mine = await openCases.OwnedByAsync(me.Id, cancellationToken);
        var card = caseList.Render(me.DisplayName, mine.Select(c => (c, deadlines.PolicyOf(c))));
        await context.SendActivityAsync(MessageFactory.Attachment(card), cancellationToken);
    }

    public async Task SendCaseAsync(ITurnContext context, string? reference, CancellationToken cancellationToken)
    {
        var policy = activePolicy.Policy;
        if (string.IsNullOrWhiteSpace(reference))
        {
            await context.SendActivityAsync(MessageFactory.Text(string.Format(System.Globalization.CultureInfo.InvariantCulture, CaseUsage, policy.ReferencePrefix)), cancellationToken);
            return;
        }
        if (!CaseReference.TryParse(reference, out var parsed))
        {
            await context.SendActivityAsync(MessageFactory.Text($"\"{Echo.Short(reference.Trim())}\" is not a case reference. References look like {policy.ReferencePrefix}-2026-00042."), cancellationToken);
            return;
        }
        var found = await cases.FindAsync(parsed, cancellationToken);
        if (found is null)
        {
            await context.SendActivityAsync(MessageFactory.Text($"There is no case {parsed}. Check the reference, or type **my cases** to see yours."), cancellationToken);
            return;
        }
        await SendCaseCardAsync(context, found, cancellationToken);
    }

    public async Task SendCaseCardAsync(ITurnContext context, Case found, CancellationToken cancellationToken)
    {
        var viewer = await SenderAsync(context, cancellationToken);
        var owner = found.OwnerId is { } ownerId ? await directory.FindAsync(ownerId, cancellationToken) : null;
        var refresh = context.Activity.From?.Id is { } id ? new[] { id } : [];
        var card = caseCard.Render(found, deadlines.PolicyOf(found), owner?.DisplayName, viewer, refresh);
        await context.SendActivityAsync(MessageFactory.Attachment(card), cancellationToken);
    }
}
