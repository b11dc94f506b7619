using ComplaintsBot.BotFramework.Builder;
using ComplaintsBot.BotFramework.Dialogs;
using ComplaintsBot.BotFramework.Dialogs.Choices;
using ComplaintsBot.BotFramework.Schema;
using ComplaintsBot.BotFramework.Testing;

namespace ComplaintsBot.BotFramework.Tests.Dialogs;

public class ChoicePromptTests
{
    private static readonly List<Choice> ContactKinds =
    [
        new("Complaint") { Synonyms = ["formal complaint"] },
        new("Service request") { Synonyms = ["repair"] },
        new("Enquiry"),
    ];

    private sealed class Pick : ComponentDialog
    {
        public Pick(IList<Choice> choices, ListStyle? style = null) : base("pick")
        {
            AddDialog(new WaterfallDialog("w",
            [
                (step, ct) => step.PromptAsync("choice", new PromptOptions
                {
                    Prompt = MessageFactory.Text("What kind of contact?"),
                    RetryPrompt = MessageFactory.Text("Please pick one of the options."),
                    Choices = choices,
                    Style = style,
                }, ct),
                async (step, ct) =>
                {
                    var found = ObjectPath.ConvertValue<FoundChoice>(step.Result)!;
                    await step.Context.SendActivityAsync($"{found.Value} (#{found.Index + 1})", cancellationToken: ct);
                    return await step.EndDialogAsync(found, ct);
                },
            ]));
            AddDialog(new ChoicePrompt("choice"));
            AddDialog(new ConfirmPrompt("confirm"));
        }
    }

    private static DialogHost Host(IList<Choice>? choices = null, ConversationReference? conversation = null, ListStyle? style = null) =>
        new(new Pick(choices ?? ContactKinds, style), conversation: conversation);

    private static ConversationReference Teams(string conversationType)
    {
        var reference = TestAdapter.CreateConversation("a:1");
        reference.ChannelId = "msteams";
        reference.Conversation!.ConversationType = conversationType;
        reference.Conversation.IsGroup = conversationType != "personal";
        return reference;
    }

    [Theory]
    [InlineData("2", "Service request (#2)")]
    [InlineData("Enquiry", "Enquiry (#3)")]
    [InlineData("  service REQUEST ", "Service request (#2)")]
    [InlineData("repair", "Service request (#2)")]
    [InlineData("formal complaint", "Complaint (#1)")]
    [InlineData("Enq", "Enquiry (#3)")]
    public async Task A_choice_is_recognised_by_number_value_any_case_synonym_or_unambiguous_prefix(string answer, string expected)
    {
        await Host().Flow()
            .Send("hi").AssertReplyContains("What kind of contact?")
            .Test(answer, expected)
            .StartTestAsync();
    }

    [Theory]
    [InlineData("banana")]
    [InlineData("4")]
    [InlineData("0")]
    public async Task An_answer_that_is_not_a_choice_gets_the_retry_prompt_with_the_choices(string answer)
    {
        await Host().Flow()
            .Send("hi").AssertReplyContains("What kind of contact?")
            .Send(answer).AssertReply("Please pick one of the options. (1) Complaint, (2) Service request, or (3) Enquiry")
            .Test("1", "Complaint (#1)")
            .StartTestAsync();
    }

    [Fact]
    public void A_prefix_shared_by_two_choices_or_shorter_than_three_letters_matches_nothing()
    {
        var choices = ChoiceFactory.ToChoices(["Stage 1", "Stage 2"]);

        Assert.Empty(ChoiceRecognizers.RecognizeChoices("Stage", choices));
        Assert.Empty(ChoiceRecognizers.RecognizeChoices("no", ChoiceFactory.ToChoices(["Noise", "Repairs"])));
        Assert.Equal("Noise", ChoiceRecognizers.RecognizeChoices("noi", ChoiceFactory.ToChoices(["Noise", "Repairs"])).Single().Resolution.Value);
        Assert.Equal(1, ChoiceRecognizers.RecognizeChoices("stage 2", choices).Single().Resolution.Index);
    }

    [Fact]
    public async Task A_card_submit_whose_value_names_a_choice_is_accepted()
    {
        await Host().Flow()
            .Send("hi").AssertReplyContains("What kind of contact?")
            .Send(DialogHost.CardSubmit(new { kind = "Enquiry", note = "from card" }))
            .AssertReply("Enquiry (#3)")
            .StartTestAsync();
    }

    [Fact]
    public async Task A_card_submit_that_names_no_choice_gets_the_retry_prompt()
    {
        await Host().Flow()
            .Send("hi").AssertReplyContains("What kind of contact?")
            .Send(DialogHost.CardSubmit(new { kind = "Something else" }))
            .AssertReplyContains("Please pick one of the options.")
            .StartTestAsync();
    }

    [Fact]
    public async Task On_the_test_channel_up_to_three_choices_are_an_inline_list()
    {
        await Host().Flow()
            .Test("hi", "What kind of contact? (1) Complaint, (2) Service request, or (3) Enquiry")
            .StartTestAsync();
    }

    [Fact]
    public async Task On_the_test_channel_more_than_three_choices_are_a_numbered_list()
    {
        var four = ChoiceFactory.ToChoices(["Repairs", "Rent", "ASB", "Other"]);

        await Host(four).Flow()
            .Test("hi", "What kind of contact?\n\n   1. Repairs\n   2. Rent\n   3. ASB\n   4. Other")
            .StartTestAsync();
    }

    [Fact]
    public async Task In_a_Teams_personal_chat_up_to_three_choices_are_suggested_actions()
    {
        await Host(conversation: Teams("personal")).Flow()
            .Send("hi")
            .AssertReply(reply =>
            {
                Assert.Equal("What kind of contact?", reply.Text);
                Assert.Null(reply.Attachments);
                var actions = reply.SuggestedActions!.Actions!;
                Assert.Equal(["Complaint", "Service request", "Enquiry"], actions.Select(a => a.Title));
                Assert.All(actions, a => Assert.Equal(ActionTypes.ImBack, a.Type));
            })
            .StartTestAsync();
    }

    [Theory]
    [InlineData("groupChat", 3)]
    [InlineData("channel", 3)]
    [InlineData("personal", 4)]
    public async Task In_Teams_group_chats_channels_or_with_more_than_three_choices_a_hero_card_with_imBack_buttons_is_sent(string conversationType, int count)
    {
        var choices = ChoiceFactory.ToChoices(new[] { "Repairs", "Rent", "ASB", "Other" }.Take(count));

        await Host(choices, Teams(conversationType)).Flow()
            .Send("hi")
            .AssertReply(reply =>
            {
                Assert.Null(reply.SuggestedActions);
                var card = Assert.Single(reply.Attachments!);
                Assert.Equal(Attachment.HeroCardContentType, card.ContentType);
                Assert.Equal("What kind of contact?", card.Content!["text"]!.GetValue<string>());
                var buttons = card.Content["buttons"]!.AsArray();
                Assert.Equal(count, buttons.Count);
                Assert.All(buttons, b => Assert.Equal("imBack", b!["type"]!.GetValue<string>()));
                Assert.Equal("Repairs", buttons[0]!["value"]!.GetValue<string>());
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task Titles_longer_than_20_characters_are_listed_as_text_even_in_Teams()
    {
        var choices = ChoiceFactory.ToChoices(["Stage 1 formal complaint", "Stage 2 escalation"]);

        await Host(choices, Teams("personal")).Flow()
            .Test("hi", "What kind of contact?\n\n   1. Stage 1 formal complaint\n   2. Stage 2 escalation")
            .StartTestAsync();
    }

    [Fact]
    public async Task An_explicit_style_overrides_the_channel_choice()
    {
        await Host(style: ListStyle.List).Flow()
            .Test("hi", "What kind of contact?\n\n   1. Complaint\n   2. Service request\n   3. Enquiry")
            .StartTestAsync();
    }
}
