using ComplaintsBot.Admin;
using ComplaintsBot.BotFramework.Builder;
using ComplaintsBot.Cards;
using ComplaintsBot.Cards.Templating;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Store;
using ComplaintsBot.Entra;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsBot.Workflows.ChannelFeed;

/// <summary>
/// "feed here" (an administrator, in a team channel): that channel becomes the complaints feed. "feed off": the feed
/// stops. "feed": which channel it is. Who typed it is read from the activity and must be an administrator now, as
/// for the admin card; each change is audited (<see cref="FeedChannels"/>).
/// </summary>
public sealed class FeedCommand(StaffDirectory directory, EntraRoleSync directoryRoles, ChannelFeeds feeds)
{
    public const string Here = "here";
    public const string Off = "off";

    public const string OnlyAdmins =
        "Only administrators can choose or stop the complaints feed. Ask an administrator to type **feed here** in the channel where the team wants new complaints.";

    public const string NotInChannel =
        "Type **feed here** in the team channel you want the complaints feed in (mention me there: *@ComplaintsBot feed here*). This is not a team channel.";

    public const string WhatIsPosted =
        "Each new complaint is posted here once, as a card that is updated as the case moves (acknowledged, responded, escalated, extended, overdue, closed), " +
        "and a missed deadline is posted in the card's thread. The card shows the reference, stage, status, deadlines, owner and service area only: " +
        "never the customer's name, details or words. Its button opens the case in your own chat with me, for those allowed to see it.";

    public async Task AnswerAsync(ITurnContext context, string? argument, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (argument is not (Here or Off))
        {
            await context.SendActivityAsync(MessageFactory.Text(await StatusAsync(cancellationToken)), cancellationToken);
            return;
        }
        if (await AdminAction.AdminAsync(context.Activity, directory, directoryRoles, cancellationToken) is not { } admin)
        {
            await context.SendActivityAsync(MessageFactory.Text(OnlyAdmins), cancellationToken);
            return;
        }
        await context.SendActivityAsync(MessageFactory.Text(argument == Here
            ? await SetHereAsync(context, admin, cancellationToken)
            : await StopAsync(admin, cancellationToken)), cancellationToken);
    }

    private async Task<string> SetHereAsync(ITurnContext context, StaffMember admin, CancellationToken cancellationToken)
    {
        if (context.Activity.Conversation?.ConversationType != "channel") return NotInChannel;
        ChannelFeeds.SetResult result;
        try
        {
            result = await feeds.SetAsync(context.Activity, admin, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The unique index on the current feed refused a second one set at the same moment.
            return "Another administrator changed the complaints feed at the same moment, so nothing was changed here. Type **feed** to see which channel it is.";
        }
        if (result.AlreadyCurrent) return "This channel is already the complaints feed; nothing was changed. " + WhatIsPosted;
        var moved = result.Replaced is { } replaced
            ? $"\n\nThe feed has moved here from {Where(replaced)}: the cards already there stay as they are and are no longer updated; complaints logged from now on are posted here."
            : "";
        return $"This channel is now the complaints feed, for complaints logged from now on. {WhatIsPosted}{moved}\n\nType **feed off** to stop it.";
    }

    private async Task<string> StopAsync(StaffMember admin, CancellationToken cancellationToken) =>
        await feeds.StopAsync(admin, cancellationToken) is { } stopped
            ? $"The complaints feed in {Where(stopped)} is stopped: nothing more is posted or updated there. Type **feed here** in a team channel to start it again."
            : "There is no complaints feed to stop. Type **feed here** in a team channel to start one.";

    private async Task<string> StatusAsync(CancellationToken cancellationToken)
    {
        if (await feeds.CurrentAsync(cancellationToken) is not { } feed)
            return "There is no complaints feed. An administrator can type **feed here** in a team channel to post new complaints there.";
        var setBy = await directory.FindAsync(feed.SetBy, cancellationToken);
        return $"The complaints feed is {Where(feed)}, set by {MarkdownText.Escape(setBy?.DisplayName ?? "an administrator")} on {CardDates.Day(feed.SetAt)}. " +
               "An administrator can type **feed here** in another channel to move it, or **feed off** to stop it.";
    }

    private static string Where(FeedChannel feed) =>
        feed.ChannelName is { } channel
            ? $"the channel \"{MarkdownText.Escape(channel)}\"" + (feed.TeamName is { } team ? $" of {MarkdownText.Escape(team)}" : "")
            : feed.TeamName is { } teamOnly ? $"a channel of {MarkdownText.Escape(teamOnly)}" : "another channel";
}
