using ComplaintsBot.BotFramework.Builder;
using ComplaintsBot.BotFramework.Dialogs;
using ComplaintsBot.BotFramework.Schema;
using ComplaintsBot.BotFramework.Testing;

namespace ComplaintsBot.BotFramework.Tests.Dialogs;

public class ConfirmPromptTests
{
    private sealed class Confirm : ComponentDialog
    {
        public Confirm() : base("confirm-root")
        {
            AddDialog(new WaterfallDialog("w",
            [
                (step, ct) => step.PromptAsync("confirm", new PromptOptions { Prompt = MessageFactory.Text("Is this correct?") }, ct),
                async (step, ct) =>
                {
                    await step.Context.SendActivityAsync($"confirmed: {ObjectPath.ConvertValue<bool>(step.Result)}", cancellationToken: ct);
                    return await step.EndDialogAsync(step.Result, ct);
                },
            ]));
            AddDialog(new ConfirmPrompt("confirm"));
        }
    }

    [Fact]
    public async Task On_the_test_channel_the_question_ends_with_the_numbered_yes_or_no()
    {
        await new DialogHost(new Confirm()).Flow()
            .Test("hi", "Is this correct? (1) Yes or (2) No")
            .StartTestAsync();
    }

    [Theory]
    [InlineData("yes", true)]
    [InlineData("Y", true)]
    [InlineData("yeah", true)]
    [InlineData("True", true)]
    [InlineData("1", true)]
    [InlineData("no", false)]
    [InlineData("n", false)]
    [InlineData("Nope.", false)]
    [InlineData("false", false)]
    [InlineData("2", false)]
    public async Task Yes_and_no_words_and_the_choice_numbers_are_understood(string answer, bool expected)
    {
        await new DialogHost(new Confirm()).Flow()
            .Test("hi", "Is this correct? (1) Yes or (2) No")
            .Test(answer, $"confirmed: {expected}")
            .StartTestAsync();
    }

    [Theory]
    [InlineData("maybe")]
    [InlineData("3")]
    public async Task Anything_else_asks_again_with_the_choices(string answer)
    {
        await new DialogHost(new Confirm()).Flow()
            .Test("hi", "Is this correct? (1) Yes or (2) No")
            .Test(answer, "Is this correct? (1) Yes or (2) No")
            .StartTestAsync();
    }

    [Theory]
    [InlineData("personal", true)]
    [InlineData("groupChat", false)]
    public async Task In_Teams_yes_and_no_are_suggested_actions_in_a_personal_chat_and_a_hero_card_in_a_group_chat(string conversationType, bool suggested)
    {
        var reference = TestAdapter.CreateConversation("a:1");
        reference.ChannelId = "msteams";
        reference.Conversation!.ConversationType = conversationType;

        await new DialogHost(new Confirm(), conversation: reference).Flow()
            .Send("hi")
            .AssertReply(reply =>
            {
                if (suggested)
                {
                    Assert.Equal("Is this correct?", reply.Text);
                    Assert.Equal(["Yes", "No"], reply.SuggestedActions!.Actions!.Select(a => a.Title));
                }
                else
                {
                    Assert.Null(reply.SuggestedActions);
                    var card = Assert.Single(reply.Attachments!);
                    Assert.Equal(Attachment.HeroCardContentType, card.ContentType);
                    Assert.Equal("Is this correct?", card.Content!["text"]!.GetValue<string>());
                }
            })
            .Test("Yes", "confirmed: True")
            .StartTestAsync();
    }
}
