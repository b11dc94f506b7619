using System.Text;
using System.Text.Json.Nodes;
using ComplaintsBot.BotFramework.Builder;
using ComplaintsBot.BotFramework.Schema;
using ComplaintsBot.Bot.Proactive;
using ComplaintsBot.Cards;
using ComplaintsBot.Cases.Store;
using ComplaintsBot.Cases.Deadlines;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Workflows.CaseCard;
using ComplaintsBot.Workflows.LogContact;

namespace ComplaintsBot.Workflows.MessageExtension;

/// <summary>
/// "Log as a contact" on any message (a message extension action command): <c>composeExtension/fetchTask</c> opens
/// the logging form prefilled from the message; <c>composeExtension/submitAction</c> saves it by the chat dialog's
/// own rules (<see cref="ContactSaving"/>) and posts the confirmation and case card to the officer's personal chat
/// (or, if they chose, the conversation the message is in). A form with mistakes, or someone who may not log
/// contacts, gets the answer in the dialog, and nothing is saved.
/// </summary>
public sealed class LogFromMessage(
    ActivePolicy activePolicy,
    TimeProvider clock,
    CaseReplies replies,
    StaffDirectory directory,
    ContactSaving saving,
    LogContactServices logging,
    CaseCardView caseCard,
    CaseDeadlines deadlines,
    CardMessenger messenger,
    ILogger<LogFromMessage> logger)
{
    /// <summary>The command's id in the manifest (composeExtensions[0].commands).</summary>
    public const string CommandId = "logAsContact";

    private const string Title = "Log as a contact";

    public async Task<MessagingExtensionActionResponse> FetchAsync(ITurnContext context, MessagingExtensionAction action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        if (!await replies.MayLogAsync(context, cancellationToken)) return Say(CaseReplies.NotOnStaffList);
        // A colleague passing a customer's words on is not the customer: their name is left for staff to give.
        var authorId = action.MessagePayload?.From?.User?.Id;
        var authorIsStaff = authorId is not null && await directory.FindAsync(authorId, cancellationToken) is not null;
        var authorIsCustomer = action.MessagePayload?.From?.User is not null && !authorIsStaff;
        var data = new LogFromMessageForm(activePolicy.Policy, clock.GetUtcNow()).ForMessage(action.MessagePayload, authorIsCustomer);
        return Form(data);
    }

    public async Task<MessagingExtensionActionResponse> SubmitAsync(ITurnContext context, MessagingExtensionAction action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(action);
        // Authorised here, on the server, whatever the form says: the person who submitted it must be allowed to log.
        if (!await replies.MayLogAsync(context, cancellationToken)) return Say(CaseReplies.NotOnStaffList);
        if (action.Data is not JsonObject submitted) return Say("The form came back empty: open \"Log as a contact\" on the message again.");
        var policy = activePolicy.Policy;
        var (draft, errors, notes) = new LogFromMessageForm(policy, clock.GetUtcNow()).Read(submitted);
        if (draft is null) return Form(LogFromMessageForm.Again(submitted, errors, policy));

        var me = await replies.SenderAsync(context, cancellationToken);
        var logged = await saving.SaveAsync(draft, me, cancellationToken);
        var saved = logged.Case;
        var here = (submitted["postTo"] as JsonValue)?.ToString() == LogFromMessageForm.PostToConversation
            && context.Activity.Conversation?.ConversationType is not (null or "personal");
        // The case is saved: whatever fails while saying so, the dialog says it was saved (or the person would log it again).
        try
        {
            var text = new StringBuilder(await saving.ConfirmationAsync(context, draft, logged, me, cancellationToken));
            foreach (var note in notes) text.Append("\n\n").Append(note);
            // A customer whose contact is restricted (Code 5.14-5.15) is still logged; the officer is told the terms, as in chat.
            foreach (var restriction in await logging.Restrictions.DescribeAllAsync(policy, saved.Customer, onCaseId: null, cancellationToken))
                text.Append("\n\n").Append(restriction);
            var owner = saved.OwnerId is { } ownerId ? await directory.FindAsync(ownerId, cancellationToken) : null;
            var refresh = context.Activity.From?.Id is { } teamsId ? new[] { teamsId } : [];
            var card = (JsonObject)caseCard.Render(saved, deadlines.PolicyOf(saved), owner?.DisplayName, me, refresh).Content!;
            if (here)
            {
                await context.SendActivityAsync(MessageFactory.Text(text.ToString()), cancellationToken);
                await context.SendActivityAsync(CardAttachment.AsMessage(card), cancellationToken);
                return Say($"Saved as {saved.Reference}. The case card is in this conversation.");
            }
            var reached = await messenger.TrySendPersonalAsync(context.Adapter, me, MessageFactory.Text(text.ToString()), cancellationToken) is not null
                && await messenger.TrySendPersonalAsync(context.Adapter, me, CardAttachment.AsMessage(card), cancellationToken) is not null;
            return Say(reached
                ? $"Saved as {saved.Reference}. The case card is in your chat with ComplaintsBot."
                : $"Saved as {saved.Reference}. I couldn't reach your chat with ComplaintsBot: open it and type case {saved.Reference} to see the case.");
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogError(e, "Case {Reference} was saved from a message but the confirmation could not be sent in full.", saved.Reference);
            return Say($"Saved as {saved.Reference}, but I couldn't post the case card just now. Type case {saved.Reference} in your chat with ComplaintsBot to see it.");
        }
    }

    private static MessagingExtensionActionResponse Form(JsonObject data) => new()
    {
        Task = TaskModuleResponseBase.Continue(new TaskModuleTaskInfo
        {
            Title = Title,
            Height = JsonValue.Create("large"),
            Width = JsonValue.Create("medium"),
            Card = CardAttachment.Of(LogFromMessageForm.Render(data)),
        }),
    };

    private static MessagingExtensionActionResponse Say(string text) => new() { Task = TaskModuleResponseBase.Message(text) };
}
