using ComplaintsBot.BotFramework.Builder;
using ComplaintsBot.BotFramework.Schema;
using ComplaintsBot.Cases;
using ComplaintsBot.Cases.Deadlines;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Cases.Rules;
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
    CaseListView caseList,
    CaseAccess access,
    Entra.EntraRoleSync directoryRoles,
    Microsoft.Extensions.Options.IOptions<CaseAccessOptions> accessOptions,
    ContactRestrictions.ContactRestrictionNotices restrictions) : ICaseLookup
{
    public const string CaseUsage = "Type **case** and the reference, like case {0}-2026-00042.";

    public const string NotOnStaffList =
        "You are not on this bot's staff list yet, so you cannot log contacts. Ask an administrator to add you with your role.";

    /// <summary>
    /// The staff member who sent the activity, from their Teams user id. Someone new is added; unless configuration
    /// says unknown people may not log contacts, they become an officer (who sees only the cases they are on).
    /// </summary>
    public async Task<StaffMember> SenderAsync(ITurnContext context, CancellationToken cancellationToken)
    {
        var from = context.Activity.From ?? throw new InvalidOperationException("The activity has no sender.");
        var member = await directory.EnsureAsync(from.AadObjectId ?? from.Id ?? "unknown", string.IsNullOrWhiteSpace(from.Name) ? "Unknown colleague" : from.Name, null, cancellationToken);
        member = await directoryRoles.CurrentAsync(member, cancellationToken: cancellationToken);
        if (member.EffectiveRoles().Count == 0 && accessOptions.Value.UnknownPeopleMayLog)
            member = await directory.MakeOfficerAsync(member, cancellationToken);
        return member;
    }

    /// <summary>Whether the sender may log contacts: anyone with a role; someone unknown only where configuration allows it.</summary>
    public async Task<bool> MayLogAsync(ITurnContext context, CancellationToken cancellationToken) =>
        (await SenderAsync(context, cancellationToken)).EffectiveRoles().Count > 0;

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
            await context.SendActivityAsync(MessageFactory.Text(CaseAccess.NoSuchCase(parsed)), cancellationToken);
            return;
        }
        await SendCaseCardAsync(context, found, cancellationToken);
    }

    /// <summary>
    /// The case card for the sender, if they may see the case (else the answer for a case that does not exist); the
    /// view is recorded in the case's audit trail.
    /// </summary>
    public async Task SendCaseCardAsync(ITurnContext context, Case found, CancellationToken cancellationToken)
    {
        var viewer = await SenderAsync(context, cancellationToken);
        if (!await access.MaySeeAsync(found, deadlines.PolicyOf(found), viewer, cancellationToken))
        {
            await context.SendActivityAsync(MessageFactory.Text(CaseAccess.NoSuchCase(found.Reference)), cancellationToken);
            return;
        }
        await access.RecordViewAsync(found, viewer, "case card", cancellationToken);
        var owner = found.OwnerId is { } ownerId ? await directory.FindAsync(ownerId, cancellationToken) : null;
        var refresh = context.Activity.From?.Id is { } id ? new[] { id } : [];
        var restricted = await restrictions.DescribeAllAsync(deadlines.PolicyOf(found), found.Customer, found.Id, cancellationToken);
        var card = caseCard.Render(found, deadlines.PolicyOf(found), owner?.DisplayName, viewer, refresh, restricted);
        await context.SendActivityAsync(MessageFactory.Attachment(card), cancellationToken);
    }
}
