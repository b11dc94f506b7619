using System.Text.Json;
using ComplaintsBot.BotFramework.Builder;
using ComplaintsBot.BotFramework.Dialogs;
using ComplaintsBot.BotFramework.Schema;
using ComplaintsBot.BotFramework.Testing;
using ComplaintsBot.BotFramework.Tests.Builder.State;

namespace ComplaintsBot.BotFramework.Tests.Dialogs;

public class WaterfallDialogTests
{
    public sealed record IntakeOptions(string Landlord);

    public sealed record Caller(string Name, string Phone);

    /// <summary>Asks a name, then a phone number, then confirms both: the shape of a feature dialog.</summary>
    private sealed class IntakeDialog : ComponentDialog
    {
        public IntakeDialog() : base(nameof(IntakeDialog))
        {
            AddDialog(new WaterfallDialog("intake", [AskNameAsync, AskPhoneAsync, SummariseAsync]));
            AddDialog(new TextPrompt("text"));
        }

        private static Task<DialogTurnResult> AskNameAsync(WaterfallStepContext step, CancellationToken ct) =>
            step.PromptAsync("text", new PromptOptions { Prompt = MessageFactory.Text("Caller's name?") }, ct);

        private static Task<DialogTurnResult> AskPhoneAsync(WaterfallStepContext step, CancellationToken ct)
        {
            step.Values["name"] = (string)step.Result!;
            return step.PromptAsync("text", new PromptOptions { Prompt = MessageFactory.Text("Phone?") }, ct);
        }

        private static async Task<DialogTurnResult> SummariseAsync(WaterfallStepContext step, CancellationToken ct)
        {
            var caller = new Caller(step.GetValue<string>("name")!, (string)step.Result!);
            var landlord = step.GetOptions<IntakeOptions>()?.Landlord ?? "no landlord";
            await step.Context.SendActivityAsync($"{caller.Name}, {caller.Phone} for {landlord}", cancellationToken: ct);
            return await step.EndDialogAsync(caller, ct);
        }
    }

    private sealed class Root : ComponentDialog
    {
        public Root() : base("root")
        {
            AddDialog(new WaterfallDialog("main",
            [
                (step, ct) => step.BeginDialogAsync(nameof(IntakeDialog), new IntakeOptions("Riverside Homes"), ct),
                async (step, ct) =>
                {
                    var caller = ObjectPath.ConvertValue<Caller>(step.Result);
                    await step.Context.SendActivityAsync($"Logged {caller?.Name}", cancellationToken: ct);
                    return await step.EndDialogAsync(null, ct);
                },
            ]));
            AddDialog(new IntakeDialog());
        }
    }

    [Fact]
    public async Task Each_answer_moves_the_waterfall_one_step_and_the_parent_gets_the_result()
    {
        var host = new DialogHost(new Root());

        await host.Flow()
            .Test("hello", "Caller's name?")
            .Test("Ann Smith", "Phone?")
            .Send("01632 960000")
            .AssertReply("Ann Smith, 01632 960000 for Riverside Homes")
            .AssertReply("Logged Ann Smith")
            .StartTestAsync();

        Assert.Empty((await host.StoredDialogStateAsync()).DialogStack);
    }

    [Fact]
    public async Task A_restarted_host_continues_the_waterfall_at_the_next_step()
    {
        var storage = new MemoryStorage();
        var before = new DialogHost(new Root(), storage);
        await before.Flow()
            .Test("hello", "Caller's name?")
            .Test("Ann Smith", "Phone?")
            .StartTestAsync();

        // A new process: new adapter, dialogs and ConversationState; only the storage survives.
        var after = new DialogHost(new Root(), storage);
        await after.Flow()
            .Send("01632 960000")
            .AssertReply("Ann Smith, 01632 960000 for Riverside Homes")
            .AssertReply("Logged Ann Smith")
            .StartTestAsync();
    }

    [Fact]
    public async Task The_step_index_is_stored_as_a_json_number_and_read_back()
    {
        var storage = new MemoryStorage();
        DialogHost Host() => new(new Holder(new WaterfallDialog("w",
        [
            (step, ct) => step.PromptAsync("text", new PromptOptions { Prompt = MessageFactory.Text("one") }, ct),
            (step, ct) => step.PromptAsync("text", new PromptOptions { Prompt = MessageFactory.Text("two") }, ct),
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync($"step {step.Index}", cancellationToken: ct);
                return await step.EndDialogAsync(null, ct);
            },
        ])), storage);

        await Host().Flow().Test("go", "one").Test("a", "two").StartTestAsync();

        var holder = (await Host().StoredDialogStateAsync()).DialogStack.Single();
        var inner = ObjectPath.ConvertValue<DialogState>(holder.State[ComponentDialog.PersistedDialogState])!;
        var stepIndex = Assert.IsType<JsonElement>(inner.DialogStack.Single(i => i.Id == "w").State["stepIndex"]);
        Assert.Equal(JsonValueKind.Number, stepIndex.ValueKind);
        Assert.Equal(1, ObjectPath.ToInt32(stepIndex));

        await Host().Flow().Test("b", "step 2").StartTestAsync();
    }

    /// <summary>A root that owns a waterfall and the text prompt it uses.</summary>
    private sealed class Holder : ComponentDialog
    {
        public Holder(WaterfallDialog waterfall) : base("holder")
        {
            AddDialog(waterfall);
            AddDialog(new TextPrompt("text"));
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(1L)]
    [InlineData(1.0)]
    [InlineData("1")]
    public void A_stored_step_index_converts_like_Convert_ToInt32(object stored)
    {
        Assert.Equal(1, ObjectPath.ToInt32(stored));
        Assert.Equal(1, ObjectPath.ToInt32(JsonSerializer.SerializeToElement(stored)));
    }

    [Fact]
    public async Task Calling_NextAsync_twice_in_one_step_throws()
    {
        InvalidOperationException? error = null;
        var host = new DialogHost(new WaterfallDialog("w",
        [
            async (step, ct) =>
            {
                await step.NextAsync(null, ct);
                error = await Assert.ThrowsAsync<InvalidOperationException>(() => step.NextAsync(null, ct));
                return Dialog.EndOfTurn;
            },
            (step, ct) => Task.FromResult(Dialog.EndOfTurn),
        ]));

        await host.Flow().Send("go").StartTestAsync();

        Assert.NotNull(error);
        Assert.Contains("w[0]", error!.Message);
    }

    [Fact]
    public async Task NextAsync_runs_the_next_step_in_the_same_turn_with_the_given_result()
    {
        var host = new DialogHost(new WaterfallDialog("w",
        [
            (step, ct) => step.NextAsync("skipped ahead", ct),
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync($"{step.Result} ({step.Reason})", cancellationToken: ct);
                return await step.EndDialogAsync(null, ct);
            },
        ]));

        await host.Flow().Test("go", "skipped ahead (NextCalled)").StartTestAsync();
    }

    [Fact]
    public async Task Only_a_message_moves_a_waiting_waterfall_on()
    {
        var host = new DialogHost(new WaterfallDialog("w",
        [
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync("waiting", cancellationToken: ct);
                return Dialog.EndOfTurn;
            },
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync($"got {step.Result}", cancellationToken: ct);
                return await step.EndDialogAsync(null, ct);
            },
        ]));

        await host.Flow()
            .Test("go", "waiting")
            .Send(new Activity { Type = ActivityTypes.Typing })
            .Send(new Activity { Type = ActivityTypes.Event, Name = "something" })
            .Send(new Activity { Type = ActivityTypes.Invoke, Name = "adaptiveCard/action" })
            .AssertNoReply()
            .Test("answer", "got answer")
            .StartTestAsync();
    }

    [Fact]
    public async Task After_the_last_step_the_waterfall_ends_and_the_next_message_starts_it_again()
    {
        var host = new DialogHost(new WaterfallDialog("w",
        [
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync("only step", cancellationToken: ct);
                return await step.NextAsync(null, ct);
            },
        ]));

        await host.Flow()
            .Test("a", "only step")
            .Test("b", "only step")
            .StartTestAsync();
        Assert.Empty((await host.StoredDialogStateAsync()).DialogStack);
    }

    [Fact]
    public async Task Replace_restarts_a_loop_without_growing_the_stack()
    {
        var host = new DialogHost(new LoopDialog());

        await host.Flow()
            .Test("hi", "What next?")
            .Test("one", "You said one. What next?")
            .Test("two", "You said two. What next?")
            .StartTestAsync();

        var stack = (await host.StoredDialogStateAsync()).DialogStack;
        Assert.Single(stack);
        var inner = ObjectPath.ConvertValue<DialogState>(stack[0].State[ComponentDialog.PersistedDialogState])!;
        Assert.Equal(["text", "loop"], inner.DialogStack.Select(i => i.Id));
    }

    private sealed class LoopDialog : ComponentDialog
    {
        public LoopDialog() : base("root")
        {
            AddDialog(new WaterfallDialog("loop",
            [
                (step, ct) => step.PromptAsync("text", new PromptOptions { Prompt = MessageFactory.Text($"{step.GetOptions<string>()}What next?".TrimStart()) }, ct),
                (step, ct) => step.ReplaceDialogAsync("loop", $"You said {step.Result}. ", ct),
            ]));
            AddDialog(new TextPrompt("text"));
        }
    }

    [Fact]
    public async Task The_dialog_state_is_written_once_per_turn()
    {
        var storage = new CountingStorage();
        var host = new DialogHost(new Root(), storage);

        await host.Flow()
            .Test("hello", "Caller's name?")
            .Test("Ann Smith", "Phone?")
            .StartTestAsync();

        Assert.Equal(2, storage.Writes);
        Assert.Equal(2, storage.Reads);
    }

    [Fact]
    public async Task A_redelivered_answer_does_not_advance_the_waterfall_twice()
    {
        var host = new DialogHost(new Root());
        Activity Answer(string id, string text) => new() { Type = ActivityTypes.Message, Id = id, Text = text };

        await host.Flow()
            .Send(Answer("t1", "hello")).AssertReply("Caller's name?")
            .Send(Answer("t2", "Ann Smith")).AssertReply("Phone?")
            .Send(Answer("t2", "Ann Smith")).AssertNoReply("the retry is acknowledged silently")
            .Send(Answer("t3", "01632 960000")).AssertReply("Ann Smith, 01632 960000 for Riverside Homes")
            .StartTestAsync();
    }

    [Fact]
    public async Task A_turn_that_only_reads_the_waiting_stack_writes_nothing()
    {
        var storage = new CountingStorage();
        var conversationState = new ConversationState(storage);
        var dialogState = conversationState.CreateProperty<DialogState>("DialogState");
        var adapter = new TestAdapter().Use(new AutoSaveStateMiddleware(conversationState));
        var root = new Root();

        await new TestFlow(adapter, (turn, ct) => root.RunAsync(turn, dialogState, ct))
            .Test("hello", "Caller's name?")
            .Send(new Activity { Type = ActivityTypes.Typing })
            .Send(new Activity { Type = ActivityTypes.Event, Name = "ping" })
            .StartTestAsync();

        Assert.Equal(1, storage.Writes);
    }
}
