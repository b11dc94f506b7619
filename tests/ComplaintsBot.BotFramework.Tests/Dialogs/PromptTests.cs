using ComplaintsBot.BotFramework.Builder;
using ComplaintsBot.BotFramework.Dialogs;
using ComplaintsBot.BotFramework.Schema;
using ComplaintsBot.BotFramework.Testing;

namespace ComplaintsBot.BotFramework.Tests.Dialogs;

public class PromptTests
{
    /// <summary>A root that prompts once with the given prompt and echoes the answer.</summary>
    private sealed class AskOnce<T> : ComponentDialog
    {
        public AskOnce(Dialog prompt, PromptOptions options, Func<T?, string>? describe = null) : base("ask")
        {
            AddDialog(new WaterfallDialog("w",
            [
                (step, ct) => step.PromptAsync(prompt.Id, options, ct),
                async (step, ct) =>
                {
                    var value = ObjectPath.ConvertValue<T>(step.Result);
                    await step.Context.SendActivityAsync($"answer: {(describe ?? (v => v?.ToString() ?? "null"))(value)}", cancellationToken: ct);
                    return await step.EndDialogAsync(value, ct);
                },
            ]));
            AddDialog(prompt);
        }
    }

    private static PromptOptions Ask(string prompt, string? retry = null) =>
        new() { Prompt = MessageFactory.Text(prompt), RetryPrompt = retry is null ? null : MessageFactory.Text(retry) };

    [Fact]
    public async Task The_validator_sees_attempt_count_1_on_the_first_answer_and_2_on_the_second()
    {
        var attempts = new List<int>();
        var prompt = new TextPrompt("text", (context, _) =>
        {
            attempts.Add(context.AttemptCount);
            return Task.FromResult(context.Recognized.Value == "ok");
        });
        var host = new DialogHost(new AskOnce<string>(prompt, Ask("Say ok.", "Please say ok.")));

        await host.Flow()
            .Test("hi", "Say ok.")
            .Test("nope", "Please say ok.")
            .Test("ok", "answer: ok")
            .StartTestAsync();

        Assert.Equal([1, 2], attempts);
    }

    [Fact]
    public async Task The_retry_prompt_is_not_sent_when_the_validator_already_replied()
    {
        var prompt = new TextPrompt("text", async (context, ct) =>
        {
            if (context.Recognized.Value?.Length >= 3) return true;
            await context.Context.SendActivityAsync("Too short: at least 3 letters.", cancellationToken: ct);
            return false;
        });
        var host = new DialogHost(new AskOnce<string>(prompt, Ask("Surname?", "Surname, please?")));

        await host.Flow()
            .Test("hi", "Surname?")
            .Test("Li", "Too short: at least 3 letters.")
            .AssertNoReply("no retry prompt after the validator's own message")
            .Test("Lee", "answer: Lee")
            .StartTestAsync();
    }

    [Fact]
    public async Task A_failed_answer_gets_the_retry_prompt_or_else_the_prompt_again()
    {
        var number = new NumberPrompt<int>("number");
        await new DialogHost(new AskOnce<int>(number, Ask("How many?", "A whole number, please.")))
            .Flow().Test("hi", "How many?").Test("lots", "A whole number, please.").Test("3", "answer: 3")
            .StartTestAsync();

        await new DialogHost(new AskOnce<int>(new NumberPrompt<int>("number"), Ask("How many?")))
            .Flow().Test("hi", "How many?").Test("lots", "How many?")
            .StartTestAsync();
    }

    [Fact]
    public async Task The_validator_can_read_the_prompts_validations()
    {
        var prompt = new NumberPrompt<int>("number", (context, _) =>
        {
            var max = ObjectPath.ConvertValue<int>(context.Options.Validations);
            return Task.FromResult(context.Recognized.Succeeded && context.Recognized.Value <= max);
        });
        var options = Ask("Days (max 20)?", "At most 20.");
        options.Validations = 20;
        var host = new DialogHost(new AskOnce<int>(prompt, options));

        await host.Flow().Test("hi", "Days (max 20)?").Test("25", "At most 20.").Test("20", "answer: 20").StartTestAsync();
    }

    [Fact]
    public async Task Prompts_expect_input()
    {
        var host = new DialogHost(new AskOnce<string>(new TextPrompt("text"), Ask("Name?")));

        await host.Flow()
            .Send("hi")
            .AssertReply(reply => Assert.Equal(InputHints.ExpectingInput, reply.InputHint))
            .StartTestAsync();
    }

    [Fact]
    public async Task A_prompt_begun_without_prompt_options_says_how_to_begin_it()
    {
        var host = new DialogHost(new WaterfallDialogHolder(new TextPrompt("text"), (step, ct) => step.BeginDialogAsync("text", "not options", ct)));

        var error = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => host.Flow().Send("hi").StartTestAsync());

        Assert.Contains("PromptOptions", error.Message);
    }

    private sealed class WaterfallDialogHolder : ComponentDialog
    {
        public WaterfallDialogHolder(Dialog prompt, WaterfallStep step) : base("holder")
        {
            AddDialog(new WaterfallDialog("w", [step]));
            AddDialog(prompt);
        }
    }

    [Fact]
    public async Task A_text_prompt_retries_on_a_card_submit_which_has_no_text()
    {
        var host = new DialogHost(new AskOnce<string>(new TextPrompt("text"), Ask("Describe it.", "Please type a description.")));

        await host.Flow()
            .Test("hi", "Describe it.")
            .Send(DialogHost.CardSubmit(new { verb = "submit" }))
            .AssertReply("Please type a description.")
            .Test("Damp", "answer: Damp")
            .StartTestAsync();
    }

    [Fact]
    public async Task A_prompt_ignores_activities_that_are_not_messages()
    {
        var host = new DialogHost(new AskOnce<string>(new TextPrompt("text"), Ask("Describe it.")));

        await host.Flow()
            .Test("hi", "Describe it.")
            .Send(new Activity { Type = ActivityTypes.Invoke, Name = "adaptiveCard/action" })
            .Send(new Activity { Type = ActivityTypes.ConversationUpdate })
            .AssertNoReply()
            .Test("Damp", "answer: Damp")
            .StartTestAsync();
    }

    [Theory]
    [InlineData("42", 42)]
    [InlineData(" 1,250 ", 1250)]
    [InlineData("-3", -3)]
    public async Task A_number_prompt_reads_digits(string answer, int expected)
    {
        var host = new DialogHost(new AskOnce<int>(new NumberPrompt<int>("number"), Ask("How many?")));

        await host.Flow().Test("hi", "How many?").Test(answer, $"answer: {expected}").StartTestAsync();
    }

    [Fact]
    public async Task A_whole_number_prompt_refuses_a_fraction_and_a_decimal_prompt_accepts_it()
    {
        await new DialogHost(new AskOnce<int>(new NumberPrompt<int>("number"), Ask("How many?", "Whole number?")))
            .Flow().Test("hi", "How many?").Test("2.5", "Whole number?").StartTestAsync();
        await new DialogHost(new AskOnce<decimal>(new NumberPrompt<decimal>("number"), Ask("Amount?")))
            .Flow().Test("hi", "Amount?").Test("2.50", "answer: 2.50").StartTestAsync();
    }

    [Theory]
    [InlineData("1,5")]
    [InlineData("12,34,567")]
    public async Task A_number_with_misplaced_thousands_separators_is_not_misread(string answer)
    {
        await new DialogHost(new AskOnce<int>(new NumberPrompt<int>("number"), Ask("How many?", "Whole number?")))
            .Flow().Test("hi", "How many?").Test(answer, "Whole number?").StartTestAsync();
    }

    [Fact]
    public void A_number_prompt_of_an_unsupported_type_is_refused()
    {
        Assert.Throws<NotSupportedException>(() => new NumberPrompt<short>("n"));
    }

    [Fact]
    public async Task TestFlow_reports_expected_and_actual_text()
    {
        var host = new DialogHost(new AskOnce<string>(new TextPrompt("text"), Ask("Name?")));

        var error = await Assert.ThrowsAsync<TestFlowAssertionException>(() => host.Flow().Test("hi", "Surname?").StartTestAsync());

        Assert.Contains("'Surname?'", error.Message);
        Assert.Contains("'Name?'", error.Message);
    }
}
