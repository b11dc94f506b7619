using System.Text;
using ComplaintsBot.BotFramework.Builder;
using ComplaintsBot.BotFramework.Schema;
using ComplaintsBot.Cases;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Dialogs;

namespace ComplaintsBot.Workflows.LogContact;

/// <summary>
/// Saving a finished draft and saying what follows from it, the same whichever way the contact was logged (the chat
/// dialog, or "Log as a contact" on a message): the case opened with the policy's exclusion findings, then the
/// exclusion decision asked of the deciders the policy names, the senior-manager alert for a concern, the category's
/// next step, and a compliment passed on.
/// </summary>
public sealed class ContactSaving(LogContactServices services)
{
    private Policy Policy => services.ActivePolicy.Policy;

    /// <summary>Opens the case from the draft (once: saving the same draft again returns the case it opened).</summary>
    public async Task<LoggedContact> SaveAsync(ContactDraft draft, StaffMember me, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(me);
        var owner = draft.OwnerAadObjectId is { } ownerAad ? await services.Directory.FindWithLineManagerAsync(ownerAad, cancellationToken) : me;
        var summary = new ContactSummary(Policy, draft);
        var findings = summary.Category.Kind == ContactKind.Complaint ? summary.Exclusions.Findings() : [];
        return await services.Logging.SaveAsync(summary.Intake(me.Id, owner?.Id ?? me.Id), Policy, findings, me, cancellationToken);
    }

    /// <summary>"Saved as ...", with the next steps; sends the alerts and notices the saved case calls for (each once per case).</summary>
    public async Task<string> ConfirmationAsync(ITurnContext context, ContactDraft draft, LoggedContact logged, StaffMember me, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(logged);
        var summary = new ContactSummary(Policy, draft);
        var saved = logged.Case;
        var text = new StringBuilder($"Saved as **{saved.Reference}**: {summary.Classification()}.");
        if (logged.AlreadySaved) text.Append(" (It was saved when you first pressed Save; nothing was saved twice.)");
        text.Append(await NextStepsAsync(context, summary, draft, saved, me, cancellationToken));
        return text.ToString();
    }

    private async Task<string> NextStepsAsync(ITurnContext context, ContactSummary summary, ContactDraft draft, Case saved, StaffMember me, CancellationToken cancellationToken)
    {
        var text = new StringBuilder();
        var category = summary.Category;
        if (summary.NotAccepted && summary.Exclusions.NotAccepted() is { } excluded)
            text.Append($"\n\nNot accepted. Tell the customer: {excluded.Explanation}");
        else if (category.Kind == ContactKind.Complaint && summary.Exclusions.ForManager().Count > 0)
        {
            text.Append($"\n\n{ExclusionsDialog.Deciders(Policy, summary.Exclusions.ForManager())} must decide on the exclusion before the complaint goes further; the deadlines are running.");
            text.Append(await services.Alerts.SendExclusionDecisionAsync(context, saved, Policy, me, cancellationToken));
        }
        text.Append(await services.Alerts.AlertSeniorManagersAsync(context, saved, me, cancellationToken));
        if (category.Kind is ContactKind.ServiceRequest or ContactKind.Feedback && category.Guidance is { } guidance)
            text.Append($"\n\nNext: {guidance}");
        if (category.Kind == ContactKind.ServiceRequest && draft.ServiceArea is { } area)
            text.Append($" Pass it to {area}.");
        if (category.Kind == ContactKind.Compliment)
            text.Append(await PassOnComplimentAsync(context, saved, draft, cancellationToken));
        return text.ToString();
    }

    // The colleague praised and their line manager hear about it (WCH 4.5.2); say who could not be reached.
    private async Task<string> PassOnComplimentAsync(ITurnContext context, Case saved, ContactDraft draft, CancellationToken cancellationToken)
    {
        var name = draft.StaffPraised ?? "";
        var matches = await services.Directory.FindByNameAsync(name, cancellationToken);
        if (matches.Count != 1)
            return $"\n\nI couldn't find one colleague called \"{Echo.Short(name)}\" in the staff directory, so I told no one: pass the compliment on yourself.";
        var praised = await services.Directory.FindAsync(matches[0].Id, cancellationToken) ?? matches[0];
        // A new activity per send: sending fills in the conversation of the activity it is given.
        Activity Message() => MessageFactory.Text($"A customer praised {praised.DisplayName} ({saved.Reference}): \"{saved.Description}\"");
        var reached = new List<string>();
        var missed = new List<string>();
        (await ReachAsync(context, praised, Message(), cancellationToken) ? reached : missed).Add(praised.DisplayName);
        if (praised.LineManager is { } manager)
            (await ReachAsync(context, manager, Message(), cancellationToken) ? reached : missed).Add($"their line manager {manager.DisplayName}");
        else
            missed.Add("their line manager (none is recorded)");
        var text = new StringBuilder();
        if (reached.Count > 0) text.Append($"\n\nI passed the compliment to {string.Join(" and ", reached)}.");
        if (missed.Count > 0) text.Append($"\n\nI couldn't reach {string.Join(" or ", missed)} in Teams: pass it on yourself.");
        return text.ToString();
    }

    private async Task<bool> ReachAsync(ITurnContext context, StaffMember to, Activity message, CancellationToken cancellationToken) =>
        (await services.Messenger.SendPersonalAsync(context.Adapter, to, message, cancellationToken)).Sent is not null;
}
