using ComplaintsBot.BotFramework.Builder;
using ComplaintsBot.BotFramework.Schema;
using ComplaintsBot.Letters;

namespace ComplaintsBot.CardActions;

/// <summary>
/// letter: posts the latest stage response letter into the chat as plain text, ready to paste into an email.
/// (In local development the HTML and text are also at GET /cases/{reference}/letters/{stage}.html|.txt.)
/// </summary>
public sealed class LetterAction(CaseActionKit kit, StageResponseLetters letters) : CaseCardAction(kit)
{
    public override string Verb => "letter";

    protected override bool RequiresCurrentVersion => false;

    protected override async Task<AdaptiveCardInvokeResponse> RunAsync(CaseActionContext context, CancellationToken cancellationToken)
    {
        Require(context.Permissions.Letter, "Only staff on the case can take its response letter, once a stage is answered.");
        var stage = context.Case.Stages.Where(s => s.Response is not null).MaxBy(s => s.Number)!;
        var letter = letters.Compose(context.Case, context.Policy, stage.Number);
        var message = MessageFactory.Text(letter.Text);
        message.TextFormat = "plain";
        await context.Turn.SendActivityAsync(message, cancellationToken);
        return AdaptiveCardInvokeResponse.Message($"The {context.Policy.Stage(stage.Number).Name} response letter for {context.Case.Reference} is in the chat below.");
    }
}
