using ComplaintsBot.BotFramework.Builder;
using ComplaintsBot.BotFramework.Dialogs;

namespace ComplaintsBot.LoadBenchmark;

/// <summary>Runs <see cref="ContactDialog"/> for every message, as the real bot runs its main dialog.</summary>
public sealed class ContactBot(ConversationState conversationState, ContactDialog dialog) : ActivityHandler
{
    private readonly IStatePropertyAccessor<DialogState> _dialogState = conversationState.CreateProperty<DialogState>(nameof(DialogState));

    protected override Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        dialog.RunAsync(turnContext, _dialogState, cancellationToken);
}
