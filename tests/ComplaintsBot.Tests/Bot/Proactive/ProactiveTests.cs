using ComplaintsBot.Bot.Proactive;
using ComplaintsBot.BotFramework.Builder;
using ComplaintsBot.BotFramework.Connector;
using ComplaintsBot.BotFramework.Integration.AspNetCore;

using ComplaintsBot.Tests.Hosting;

namespace ComplaintsBot.Tests.Bot.Proactive;

/// <summary>Reminders reach users through the saved reference and the host's CloudAdapter.</summary>
public sealed class ProactiveTests : HostTestBase
{
    private async Task<BotFramework.Schema.ConversationReference> SavedReferenceAsync()
    {
        await Host.PostActivityAsync(Teams.Message("help"));
        Channel.Clear();
        return (await Host.GetService<ConversationReferenceStore>().FindPersonalAsync(TeamsActivities.UserAadObjectId, CancellationToken.None))!;
    }

    [Fact]
    public async Task A_proactive_message_is_sent_to_the_saved_service_url_as_a_new_message_not_a_reply()
    {
        var reference = await SavedReferenceAsync();

        await Host.GetService<CloudAdapter>().ContinueConversationAsync(null, reference,
            (turn, cancellationToken) => turn.SendActivityAsync(MessageFactory.Text("Reminder: HOC-2026-00042 is due today."), cancellationToken), CancellationToken.None);

        var sent = Assert.Single(Channel.Calls);
        Assert.Equal(("POST", $"/v3/conversations/{Teams.ConversationId}/activities"), (sent.Method, sent.Path));
        Assert.Equal("Reminder: HOC-2026-00042 is due today.", sent.Text);
        Assert.Equal(TeamsActivities.UserId, (string?)sent.Body!["recipient"]?["id"]);
    }

    [Fact]
    public async Task A_proactive_message_to_a_user_who_blocked_the_bot_throws_message_writes_blocked()
    {
        var reference = await SavedReferenceAsync();
        Channel.Block(Teams.ConversationId);

        var send = Host.GetService<CloudAdapter>().ContinueConversationAsync(null, reference,
            (turn, cancellationToken) => turn.SendActivityAsync(MessageFactory.Text("Reminder"), cancellationToken), CancellationToken.None);

        var blocked = await Assert.ThrowsAsync<MessageWritesBlockedException>(() => send);
        Assert.Equal(MessageWritesBlockedException.ConversationBlockedByUser, blocked.BlockedCode);
        Assert.Single(Channel.Calls);
    }
}
