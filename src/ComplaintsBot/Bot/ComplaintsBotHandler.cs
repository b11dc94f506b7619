using ComplaintsBot.BotFramework.Builder;
using ComplaintsBot.BotFramework.Dialogs;
using ComplaintsBot.BotFramework.Schema;
using ComplaintsBot.CardActions;
using ComplaintsBot.Dialogs;
using ComplaintsBot.Workflows.MessageExtension;

namespace ComplaintsBot.Bot;

/// <summary>
/// The bot: messages (and card submits) go to the dialogs, Action.Execute clicks (and their Action.Submit fallback
/// from older clients) to the card actions, and a new install or member gets the welcome card once. Thin on
/// purpose: the work is in dialogs and actions.
/// </summary>
public sealed class ComplaintsBotHandler(
    ConversationState conversationState,
    PrivateConversationState personalState,
    [FromKeyedServices(ComplaintsBotHandler.RootDialogKey)] Dialog rootDialog,
    CardActionRouter cardActions,
    ExecuteFallbackSubmit fallbackSubmits,
    WelcomeCard welcomeCard,
    MemberNames memberNames,
    KeepLastGoodState keepLastGoodState,
    LogFromMessage logFromMessage,
    FindCase findCase) : ActivityHandler
{
    /// <summary>DI key of the dialog every message goes to (<see cref="MainDialog"/>; host tests put their own waterfall there).</summary>
    public const string RootDialogKey = "ComplaintsBot.RootDialog";

    // Dialogs are per person in the conversation: in a group chat or channel thread each member drafts their own.
    private readonly IStatePropertyAccessor<DialogState> _dialogState = personalState.CreateProperty<DialogState>(nameof(DialogState));
    // Where dialogs were kept before (shared by the whole conversation): a draft found there is moved, not lost.
    private readonly IStatePropertyAccessor<DialogState> _sharedDialogState = conversationState.CreateProperty<DialogState>(nameof(DialogState));
    private readonly IStatePropertyAccessor<bool> _welcomed = conversationState.CreateProperty<bool>("Welcomed");

    protected override async Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        turnContext.Activity.RemoveRecipientMention();
        // Checked before the dialog runs, so a case button pressed mid-conversation leaves the dialog where it was.
        if (await fallbackSubmits.TryHandleAsync(turnContext, cancellationToken)) return;
        await MoveSharedDraftAsync(turnContext, cancellationToken);
        await keepLastGoodState.RunAsync(rootDialog, turnContext, personalState, _dialogState, cancellationToken);
    }

    // A personal chat has one member, so a dialog saved under the whole conversation is theirs.
    private async Task MoveSharedDraftAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (turnContext.Activity.Conversation?.ConversationType is not (null or "personal")) return;
        if (await _sharedDialogState.GetAsync(turnContext, cancellationToken: cancellationToken) is not { DialogStack.Count: > 0 } shared) return;
        if (await _dialogState.GetAsync(turnContext, cancellationToken: cancellationToken) is not { DialogStack.Count: > 0 })
            await _dialogState.SetAsync(turnContext, shared, cancellationToken);
        await _sharedDialogState.DeleteAsync(turnContext, cancellationToken);
    }

    protected override Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext turnContext, CancellationToken cancellationToken) =>
        WelcomeOnceAsync(turnContext, membersAdded.FirstOrDefault(m => m.Id != turnContext.Activity.Recipient?.Id)?.Id, cancellationToken);

    protected override Task OnInstallationUpdateAddAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        WelcomeOnceAsync(turnContext, turnContext.Activity.From?.Id, cancellationToken);

    protected override Task<AdaptiveCardInvokeResponse> OnAdaptiveCardInvokeAsync(ITurnContext turnContext, AdaptiveCardInvokeValue invokeValue, CancellationToken cancellationToken) =>
        cardActions.ExecuteAsync(turnContext, invokeValue.Action!, cancellationToken);

    // The message extension's commands (manifest composeExtensions): an unknown command id is refused as Teams expects.
    protected override Task<MessagingExtensionActionResponse> OnTeamsMessagingExtensionFetchTaskAsync(ITurnContext turnContext, MessagingExtensionAction action, CancellationToken cancellationToken) =>
        action.CommandId == LogFromMessage.CommandId
            ? logFromMessage.FetchAsync(turnContext, action, cancellationToken)
            : base.OnTeamsMessagingExtensionFetchTaskAsync(turnContext, action, cancellationToken);

    protected override Task<MessagingExtensionActionResponse> OnTeamsMessagingExtensionSubmitActionAsync(ITurnContext turnContext, MessagingExtensionAction action, CancellationToken cancellationToken) =>
        action.CommandId == LogFromMessage.CommandId
            ? logFromMessage.SubmitAsync(turnContext, action, cancellationToken)
            : base.OnTeamsMessagingExtensionSubmitActionAsync(turnContext, action, cancellationToken);

    protected override Task<MessagingExtensionResponse> OnTeamsMessagingExtensionQueryAsync(ITurnContext turnContext, MessagingExtensionQuery query, CancellationToken cancellationToken) =>
        query.CommandId == FindCase.CommandId
            ? findCase.QueryAsync(turnContext, query, cancellationToken)
            : base.OnTeamsMessagingExtensionQueryAsync(turnContext, query, cancellationToken);

    // Teams sends installationUpdate and conversationUpdate together on install; turns of a conversation
    // run one at a time and the flag is saved with the conversation, so the user is welcomed once.
    private async Task WelcomeOnceAsync(ITurnContext turnContext, string? userId, CancellationToken cancellationToken)
    {
        if (await _welcomed.GetAsync(turnContext, () => false, cancellationToken)) return;
        await _welcomed.SetAsync(turnContext, true, cancellationToken);
        var userName = await memberNames.FindAsync(turnContext, userId, cancellationToken);
        await turnContext.SendActivityAsync(welcomeCard.For(userName), cancellationToken);
    }
}
