using ComplaintsBot.BotFramework.Builder;
using ComplaintsBot.BotFramework.Dialogs;

namespace ComplaintsBot.BotFramework.Tests.Dialogs;

/// <summary>A dialog that waits forever and records how it was ended.</summary>
public sealed class SpyDialog(string id, List<string> log) : Dialog(id)
{
    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        await dc.Context.SendActivityAsync($"{Id} waiting", cancellationToken: cancellationToken);
        return EndOfTurn;
    }

    public override Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default) => Task.FromResult(EndOfTurn);

    public override Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default)
    {
        log.Add($"{Id}:{reason}");
        return Task.CompletedTask;
    }
}
