using System.Text.Json.Nodes;
using ComplaintsBot.BotFramework.Builder;
using ComplaintsBot.BotFramework.Schema;
using ComplaintsBot.CardActions;
using ComplaintsBot.Cards;

namespace ComplaintsBot.Workflows.Letters;

/// <summary>
/// letter: posts the latest stage response letter into the chat as plain text, ready to paste into an email, and
/// sends the clicker short-lived download links (HTML and text) issued for them once they are allowed the letter.
/// The links go to the clicker's personal chat, so other members of a group chat never hold them.
/// </summary>
public sealed class LetterAction(CaseActionServices services, StageResponseLetters letters, LetterLinks links) : CaseCardAction(services)
{
    private static readonly AdaptiveCardTemplate DownloadTemplate = AdaptiveCardTemplate.Load("letter-download");

    public override string Verb => "letter";

    protected override bool RequiresCurrentVersion => false;

    protected override async Task<AdaptiveCardInvokeResponse> RunAsync(CaseActionContext context, CancellationToken cancellationToken)
    {
        Require(context.Permissions.Letter, "Only staff on the case can take its response letter, once a stage is answered.");
        // A complaint ended for unreasonable behaviour has its final letter (TCH 10.2, whg 2.26); others their latest response.
        var ended = context.Case.Ending is not null;
        var stage = ended ? ComplaintEndingLetters.LinkStage : context.Case.Stages.Where(s => s.Response is not null).MaxBy(s => s.Number)!.Number;
        var file = ended ? ComplaintEndingLetters.FileStem : stage.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var letter = ended ? ComplaintEndingLetters.Compose(context.Case, context.Policy) : letters.Compose(context.Case, context.Policy, stage);
        var message = MessageFactory.Text(letter.Text);
        message.TextFormat = "plain";
        await context.Turn.SendActivityAsync(message, cancellationToken);

        var letterName = ended ? "final letter" : $"{context.Policy.Stage(stage).Name} response letter";
        var downloads = MessageFactory.Attachment(CardAttachment.Of(DownloadTemplate.Expand(new JsonObject
        {
            ["letterName"] = letterName,
            ["reference"] = context.Case.Reference.ToString(),
            ["expiresAt"] = CardDates.DayAndTime(Now + links.Lifetime),
            ["htmlUrl"] = links.IssueFor(context.Clicker, context.Case, stage, $"letters/{file}.html").AbsoluteUri,
            ["textUrl"] = links.IssueFor(context.Clicker, context.Case, stage, $"letters/{file}.txt").AbsoluteUri,
            ["docxUrl"] = links.IssueFor(context.Clicker, context.Case, stage, $"letters/{file}.docx").AbsoluteUri,
        })));
        if (context.Turn.Activity.Conversation?.ConversationType == "personal")
        {
            await context.Turn.SendActivityAsync(downloads, cancellationToken);
            return AdaptiveCardInvokeResponse.Message($"The {letterName} for {context.Case.Reference} and its download links are in the chat below.");
        }
        return AdaptiveCardInvokeResponse.Message(await Services.Messenger.TrySendPersonalAsync(context.Turn.Adapter, context.Clicker, downloads, cancellationToken) is not null
            ? $"The {letterName} for {context.Case.Reference} is in the chat below; its download links are in your personal chat with the bot."
            : $"The {letterName} for {context.Case.Reference} is in the chat below. Open a personal chat with the bot to get download links.");
    }
}
