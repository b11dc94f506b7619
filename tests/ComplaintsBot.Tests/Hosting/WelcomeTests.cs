using System.Net;

namespace ComplaintsBot.Tests.Hosting;

public sealed class WelcomeTests : HostTestBase
{
    [Fact]
    public async Task Installation_and_members_added_arriving_together_bring_exactly_one_welcome_card()
    {
        var responses = await Task.WhenAll(
            Host.PostActivityAsync(Teams.InstallationUpdate("add")),
            Host.PostActivityAsync(Teams.MembersAdded()));

        Assert.All(responses, response => Assert.Equal(HttpStatusCode.OK, response.StatusCode));
        var welcome = Assert.Single(Channel.Calls);
        Assert.True(welcome.CarriesAdaptiveCard, welcome.Body?.ToJsonString());
        Assert.StartsWith($"/v3/conversations/{Teams.ConversationId}/activities", welcome.Path);
        Assert.Equal(TeamsActivities.UserId, (string?)welcome.Body!["recipient"]?["id"]);
    }

    [Fact]
    public async Task Opening_the_chat_again_does_not_welcome_twice()
    {
        await Host.PostActivityAsync(Teams.InstallationUpdate("add"));
        await Host.PostActivityAsync(Teams.MembersAdded());
        await Host.PostActivityAsync(Teams.InstallationUpdate("add"));

        Assert.Single(Channel.Calls, call => call.CarriesAdaptiveCard);
    }

    [Fact]
    public async Task Only_the_bot_joining_a_conversation_brings_no_welcome()
    {
        var botOnly = Teams.MembersAdded();
        botOnly["membersAdded"]!.AsArray().RemoveAt(0);

        await Host.PostActivityAsync(botOnly);

        Assert.Empty(Channel.Calls);
    }
}
