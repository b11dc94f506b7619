using System.Net;

using ComplaintsBot.Tests.Hosting;

namespace ComplaintsBot.Tests.Bot;

public sealed class WelcomeTests : HostTestBase
{
    [Fact]
    public async Task Installation_and_members_added_arriving_together_bring_exactly_one_welcome_card()
    {
        var responses = await Task.WhenAll(
            Host.PostActivityAsync(Teams.InstallationUpdate("add")),
            Host.PostActivityAsync(Teams.MembersAdded()));

        Assert.All(responses, response => Assert.Equal(HttpStatusCode.OK, response.StatusCode));
        var welcome = Assert.Single(Channel.Writes);
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

        Assert.Single(Channel.Writes, call => call.CarriesAdaptiveCard);
    }

    [Fact]
    public async Task Only_the_bot_joining_a_conversation_brings_no_welcome()
    {
        var botOnly = Teams.MembersAdded();
        botOnly["membersAdded"]!.AsArray().RemoveAt(0);

        await Host.PostActivityAsync(botOnly);

        Assert.Empty(Channel.Calls);
    }

    [Fact]
    public async Task The_welcome_greets_the_user_by_first_name_looked_up_from_the_connector()
    {
        // Teams sends installationUpdate without the user's name.
        Channel.MemberName = userId => userId == TeamsActivities.UserId ? "Alex Wilber" : null;
        var install = Teams.InstallationUpdate("add");
        install["from"]!.AsObject().Remove("name");

        await Host.PostActivityAsync(install);

        var lookup = Assert.Single(Channel.Calls, call => call.Method == "GET");
        Assert.Equal($"/v3/conversations/{Teams.ConversationId}/members/{TeamsActivities.UserId}", lookup.Path);
        var welcome = Assert.Single(Channel.Writes);
        Assert.Contains("Hello Alex,", welcome.Body!.ToJsonString());
    }

    [Fact]
    public async Task When_the_member_lookup_fails_the_welcome_still_comes_with_a_plain_greeting()
    {
        var members = Teams.MembersAdded();
        members["from"]!.AsObject().Remove("name");

        await Host.PostActivityAsync(members);

        Assert.Single(Channel.Calls, call => call.Method == "GET");
        var welcome = Assert.Single(Channel.Writes);
        Assert.Contains("Hello there,", welcome.Body!.ToJsonString());
    }
}
