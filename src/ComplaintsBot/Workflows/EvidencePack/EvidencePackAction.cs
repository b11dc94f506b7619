using ComplaintsBot.BotFramework.Builder;
using ComplaintsBot.BotFramework.Schema;
using ComplaintsBot.CardActions;
using ComplaintsBot.Cards;
using ComplaintsBot.Workflows.Letters;

namespace ComplaintsBot.Workflows.EvidencePack;

/// <summary>
/// evidencePack: sends the clicker short-lived download links for the case's evidence pack (the ZIP, and the Word
/// document alone), once the case's permissions allow them it. The links go to the clicker's personal chat, so other
/// members of a group chat never hold them; the pack is built, and its export written to the audit trail, when a link
/// is used (<see cref="EvidencePackEndpoints"/>).
/// </summary>
public sealed class EvidencePackAction(CaseActionServices services, LetterLinks links) : CaseCardAction(services)
{
    /// <summary>The stage a download link names for the evidence pack: none, so no letter's link opens it.</summary>
    public const int LinkStage = 0;

    public override string Verb => "evidencePack";

    protected override bool RequiresCurrentVersion => false;

    protected override async Task<AdaptiveCardInvokeResponse> RunAsync(CaseActionContext context, CancellationToken cancellationToken)
    {
        Require(context.Permissions.EvidencePack, "Only whoever holds the case and managers can take its evidence pack.");
        var reference = context.Case.Reference;
        var zip = links.IssueFor(context.Clicker, context.Case, LinkStage, EvidencePackEndpoints.ZipFile);
        var docx = links.IssueFor(context.Clicker, context.Case, LinkStage, EvidencePackEndpoints.DocxFile);
        var message = MessageFactory.Text(
            $"The evidence pack for {reference}: its whole file for the Housing Ombudsman. Download it by {CardDates.DayAndTime(Now + links.Lifetime)}: " +
            $"[the ZIP, with the letters and a contents page]({zip.AbsoluteUri}), or [the Word document alone]({docx.AbsoluteUri}). " +
            "Each download is recorded in the case's audit trail.");
        if (context.Turn.Activity.Conversation?.ConversationType == "personal")
        {
            await context.Turn.SendActivityAsync(message, cancellationToken);
            return AdaptiveCardInvokeResponse.Message($"The download links for the evidence pack of {reference} are in the chat below.");
        }
        return AdaptiveCardInvokeResponse.Message(await Services.Messenger.TrySendPersonalAsync(context.Turn.Adapter, context.Clicker, message, cancellationToken) is not null
            ? $"The download links for the evidence pack of {reference} are in your personal chat with the bot."
            : $"Open a personal chat with the bot to get the evidence pack of {reference}.");
    }
}
