using ComplaintsBot.BotFramework.Builder;
using ComplaintsBot.BotFramework.Dialogs;
using ComplaintsBot.BotFramework.Schema;
using ComplaintsBot.CardActions;
using ComplaintsBot.Dialogs;

namespace ComplaintsBot.Bot;

/// <summary>
/// The bot: messages (and card submits) go to the dialogs, Action.Execute clicks (and their Action.Submit fallback
/// from older clients) to the card actions, and a new install or member gets the welcome card once. Thin on
/// purpose: the work is in dialogs and actions.
/// </summary>
public sealed class ComplaintsBotHandler(
    ConversationState conversationState,
    [FromKeyedServices(ComplaintsBotHandler.RootDialogKey)] Dialog rootDialog,
    CardActionRouter cardActions,
    ExecuteFallbackSubmit fallbackSubmits,
    WelcomeCard welcomeCard,
    MemberNames memberNames,
    KeepLastGoodState keepLastGoodState) : ActivityHandler
{
    /// <summary>DI key of the dialog every message goes to (<see cref="MainDialog"/>; host tests put their own waterfall there).</summary>
    public const string RootDialogKey = "ComplaintsBot.RootDialog";

    private readonly IStatePropertyAccessor<DialogState> _dialogState = conversationState.CreateProperty<DialogState>(nameof(DialogState));
    private readonly IStatePropertyAccessor<bool> _welcomed = conversationState.CreateProperty<bool>("Welcomed");

    protected override async Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        turnContext.Activity.RemoveRecipientMention();
        // Checked before the dialog runs, so a case button pressed mid-conversation leaves the dialog where it was.
        if (await fallbackSubmits.TryHandleAsync(turnContext, cancellationToken)) return;
        await keepLastGoodState.RunAsync(rootDialog, turnContext, conversationState, _dialogState, cancellationToken);
    }

    protected override Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext turnContext, CancellationToken cancellationToken) =>
        WelcomeOnceAsync(turnContext, membersAdded.FirstOrDefault(m => m.Id != turnContext.Activity.Recipient?.Id)?.Id, cancellationToken);

    protected override Task OnInstallationUpdateAddAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        WelcomeOnceAsync(turnContext, turnContext.Activity.From?.Id, cancellationToken);

    protected override Task<AdaptiveCardInvokeResponse> OnAdaptiveCardInvokeAsync(ITurnContext turnContext, AdaptiveCardInvokeValue invokeValue, CancellationToken cancellationToken) =>
        cardActions.ExecuteAsync(turnContext, invokeValue.Action!, cancellationToken);

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
