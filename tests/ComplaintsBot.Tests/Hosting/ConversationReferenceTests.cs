using ComplaintsBot.Bot.Proactive;

namespace ComplaintsBot.Tests.Hosting;

public sealed class ConversationReferenceTests : HostTestBase
{
    private ConversationReferenceStore References => Host.GetService<ConversationReferenceStore>();

    [Fact]
    public async Task The_first_message_saves_where_the_user_can_be_reached()
    {
        await Host.PostActivityAsync(Teams.Message("help"));

        var reference = await References.FindPersonalAsync(TeamsActivities.UserAadObjectId, CancellationToken.None);

        Assert.NotNull(reference);
        Assert.Equal(Channel.ServiceUrl, reference.ServiceUrl);
        Assert.Equal(Teams.ConversationId, reference.Conversation?.Id);
        Assert.Equal(TeamsActivities.TenantId, reference.Conversation?.TenantId);
        Assert.Equal(TeamsActivities.UserId, reference.User?.Id);
        Assert.Equal(TeamsActivities.BotId, reference.Bot?.Id);
        Assert.Null(reference.ActivityId);
    }

    [Fact]
    public async Task A_later_turn_from_a_new_service_url_refreshes_the_saved_reference()
    {
        await Host.PostActivityAsync(Teams.Message("help"));
        Teams.ServiceUrl = Channel.ServiceUrl + "emea/";

        await Host.PostActivityAsync(Teams.Message("help"));

        var reference = await References.FindPersonalAsync(TeamsActivities.UserAadObjectId, CancellationToken.None);
        Assert.Equal(Channel.ServiceUrl + "emea/", reference?.ServiceUrl);
        Assert.StartsWith("/emea/v3/conversations/", Channel.Calls[^1].Path);
    }

    [Fact]
    public async Task Removing_the_app_marks_the_user_unreachable_until_they_write_again()
    {
        await Host.PostActivityAsync(Teams.InstallationUpdate("add"));

        await Host.PostActivityAsync(Teams.InstallationUpdate("remove"));
        var afterRemoval = await References.FindPersonalAsync(TeamsActivities.UserAadObjectId, CancellationToken.None);
        await Host.PostActivityAsync(Teams.Message("help"));
        var afterMessage = await References.FindPersonalAsync(TeamsActivities.UserAadObjectId, CancellationToken.None);

        Assert.Null(afterRemoval);
        Assert.NotNull(afterMessage);
    }
}
