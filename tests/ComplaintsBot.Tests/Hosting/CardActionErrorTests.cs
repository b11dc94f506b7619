using System.Net;
using System.Text.Json.Nodes;
using ComplaintsBot.BotFramework.Builder;
using ComplaintsBot.BotFramework.Schema;
using ComplaintsBot.CardActions;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintsBot.Tests.Hosting;

public sealed class CardActionErrorTests : HostTestBase
{
    private sealed class ExplodingAction : ICardAction
    {
        public string Verb => "explode";

        public Task<AdaptiveCardInvokeResponse> ExecuteAsync(ITurnContext turnContext, AdaptiveCardInvokeAction action, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("The test card action was told to fail.");
    }

    protected override void Override(IServiceCollection services) => services.AddSingleton<ICardAction, ExplodingAction>();

    [Fact]
    public async Task A_card_action_that_throws_is_answered_in_the_card_with_http_200_and_a_status_500_error()
    {
        var response = await Host.PostActivityAsync(Teams.CardAction("explode"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(500, (int)body["statusCode"]!);
        Assert.Equal("application/vnd.microsoft.error", (string?)body["type"]);
        Assert.StartsWith("Sorry, something went wrong on my side.", (string?)body["value"]?["message"]);
        // The apology is in the card the user clicked, not a second message in the chat.
        Assert.Empty(Channel.Calls);
    }
}
