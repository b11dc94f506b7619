using System.Net;
using System.Text.Json.Nodes;
using ComplaintsBot.Bot;
using ComplaintsBot.Dialogs;

namespace ComplaintsBot.Tests.Hosting;

public sealed class MessagesEndpointTests : HostTestBase
{
    private const string Apology = "Sorry, something went wrong";

    [Fact]
    public async Task Help_is_answered_by_a_reply_to_the_message_with_from_and_recipient_swapped()
    {
        var message = Teams.Message("help");

        var response = await Host.PostActivityAsync(message);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(Channel.Calls);
        Assert.Equal("POST", reply.Method);
        Assert.Equal($"/v3/conversations/{Teams.ConversationId}/activities/{(string)message["id"]!}", reply.Path);
        Assert.Equal("", reply.Authorization);
        Assert.Equal(MainDialog.HelpText, reply.Text);
        Assert.Equal("message", (string?)reply.Body!["type"]);
        Assert.Equal(TeamsActivities.BotId, (string?)reply.Body["from"]?["id"]);
        Assert.Equal(TeamsActivities.UserId, (string?)reply.Body["recipient"]?["id"]);
        Assert.Equal(Teams.ConversationId, (string?)reply.Body["conversation"]?["id"]);
        Assert.Equal((string)message["id"]!, (string?)reply.Body["replyToId"]);
    }

    [Fact]
    public async Task A_card_submit_with_a_value_and_no_text_reaches_the_dialog_without_an_error()
    {
        var submit = Teams.Message(text: null, value: new JsonObject { ["action"] = "logContact", ["category"] = "complaint" }, replyToId: "1732459990000");

        var response = await Host.PostActivityAsync(submit);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(Channel.Calls);
        Assert.All(Channel.Calls, call => Assert.DoesNotContain(Apology, call.Text ?? ""));
    }

    [Fact]
    public async Task An_action_execute_with_an_unknown_verb_gets_http_200_with_a_status_400_error_body()
    {
        var response = await Host.PostActivityAsync(Teams.CardAction("noSuchVerb"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(400, (int)body["statusCode"]!);
        Assert.Equal("application/vnd.microsoft.error", (string?)body["type"]);
        Assert.Contains("noSuchVerb", (string?)body["value"]?["message"]);
        Assert.Empty(Channel.Calls);
    }

    [Fact]
    public async Task An_invoke_the_bot_does_not_handle_gets_http_501()
    {
        var invoke = Teams.CardAction("anything");
        invoke["name"] = "composeExtension/query";

        var response = await Host.PostActivityAsync(invoke);

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    [Fact]
    public async Task A_redelivered_message_with_the_same_id_moves_the_waterfall_on_once()
    {
        await using var host = new BotHost(Data.Path, overrides: TwoQuestionDialog.ReplaceMainDialog);
        await host.PostActivityAsync(Teams.Message("start"));
        var answer = Teams.Message("red");

        var first = await host.PostActivityAsync(answer);
        var again = await host.PostActivityAsync(answer);
        await host.PostActivityAsync(Teams.Message("green"));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(
            [TwoQuestionDialog.FirstQuestion, TwoQuestionDialog.SecondQuestion, TwoQuestionDialog.Summary("red", "green")],
            Channel.Calls.Select(c => c.Text));
    }

    [Fact]
    public async Task A_body_that_is_not_an_activity_gets_400_and_nothing_is_sent()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new StringContent("{\"text\":\"no type\"}", System.Text.Encoding.UTF8, "application/json") };

        var response = await Host.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(Channel.Calls);
    }
}
