using ComplaintsBot.BotFramework.Builder;

namespace ComplaintsBot.Dialogs;

/// <summary>
/// "my cases" and "case &lt;reference&gt;", answered at any question of a dialog. The CaseCard workflow implements it;
/// the dialog framework names only this, so it depends on no workflow.
/// </summary>
public interface ICaseLookup
{
    Task SendMyCasesAsync(ITurnContext context, CancellationToken cancellationToken);

    Task SendCaseAsync(ITurnContext context, string? reference, CancellationToken cancellationToken);
}
