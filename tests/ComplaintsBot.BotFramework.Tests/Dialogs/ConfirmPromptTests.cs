using ComplaintsBot.BotFramework.Builder;
using ComplaintsBot.BotFramework.Dialogs;

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
}
