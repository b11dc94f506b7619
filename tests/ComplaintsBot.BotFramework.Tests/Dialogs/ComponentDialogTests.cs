using ComplaintsBot.BotFramework.Builder;
using ComplaintsBot.BotFramework.Dialogs;
using ComplaintsBot.BotFramework.Schema;
using ComplaintsBot.BotFramework.Testing;

namespace ComplaintsBot.BotFramework.Tests.Dialogs;

public class ComponentDialogTests
{
    /// <summary>Innermost: asks for a description, with help and cancel.</summary>
    private sealed class DescriptionDialog(bool cancelEverything, List<string> log) : CancelAndHelpDialog(nameof(DescriptionDialog), cancelEverything)
    {
        public DescriptionDialog Build()
        {
            AddDialog(new WaterfallDialog("describe",
            [
                (step, ct) => step.PromptAsync("text", new PromptOptions { Prompt = MessageFactory.Text("Describe the problem."), RetryPrompt = MessageFactory.Text("Please type the description.") }, ct),
                (step, ct) => step.EndDialogAsync($"description: {step.Result}", ct),
            ]));
            AddDialog(new TextPrompt("text"));
            return this;
        }

        protected override Task OnEndDialogAsync(ITurnContext context, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default)
        {
            log.Add($"{Id}:{reason}");
            return Task.CompletedTask;
        }
    }

    /// <summary>Middle: a component whose waterfall runs the description dialog.</summary>
    private sealed class ComplaintDialog : ComponentDialog
    {
        private readonly List<string> _log;

        public ComplaintDialog(bool cancelEverything, List<string> log) : base(nameof(ComplaintDialog))
        {
            _log = log;
            AddDialog(new WaterfallDialog("complaint",
            [
                (step, ct) => step.BeginDialogAsync(nameof(DescriptionDialog), null, ct),
                async (step, ct) =>
                {
                    await step.Context.SendActivityAsync(step.Result is null ? "Complaint resumed with nothing." : $"Complaint got {step.Result}", cancellationToken: ct);
                    return await step.EndDialogAsync(step.Result, ct);
                },
            ]));
            AddDialog(new DescriptionDialog(cancelEverything, log).Build());
        }

        protected override Task OnEndDialogAsync(ITurnContext context, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default)
        {
            _log.Add($"{Id}:{reason}");
            return Task.CompletedTask;
        }
    }

    /// <summary>Outer: the root, with a waterfall that starts the complaint and reports.</summary>
    private sealed class MainDialog : ComponentDialog
    {
        public MainDialog(bool cancelEverything, List<string> log) : base(nameof(MainDialog))
        {
            AddDialog(new WaterfallDialog("main",
            [
                (step, ct) => step.BeginDialogAsync(nameof(ComplaintDialog), null, ct),
                async (step, ct) =>
                {
                    await step.Context.SendActivityAsync("Main finished.", cancellationToken: ct);
                    return await step.EndDialogAsync(null, ct);
                },
            ]));
            AddDialog(new ComplaintDialog(cancelEverything, log));
        }
    }

    [Fact]
    public async Task A_component_is_one_entry_on_the_outer_stack_with_its_inner_stack_under_dialogs()
    {
        var host = new DialogHost(new MainDialog(false, []));

        await host.Flow().Test("start", "Describe the problem.").StartTestAsync();

        var outer = Assert.Single((await host.StoredDialogStateAsync()).DialogStack);
        Assert.Equal(nameof(MainDialog), outer.Id);
        var main = ObjectPath.ConvertValue<DialogState>(outer.State["dialogs"])!;
        Assert.Equal(["ComplaintDialog", "main"], main.DialogStack.Select(i => i.Id));
        var complaint = ObjectPath.ConvertValue<DialogState>(main.DialogStack[0].State["dialogs"])!;
        Assert.Equal(["DescriptionDialog", "complaint"], complaint.DialogStack.Select(i => i.Id));
    }

    [Fact]
    public void The_first_dialog_added_is_the_initial_dialog_unless_set()
    {
        var component = new ComponentDialog("c");
        component.AddDialog(new TextPrompt("first")).AddDialog(new TextPrompt("second"));

        Assert.Equal("first", component.InitialDialogId);
    }

    [Fact]
    public async Task Answers_flow_back_out_through_the_nested_components()
    {
        var host = new DialogHost(new MainDialog(false, []));

        await host.Flow()
            .Test("start", "Describe the problem.")
            .Send("Damp in the bedroom")
            .AssertReply("Complaint got description: Damp in the bedroom")
            .AssertReply("Main finished.")
            .StartTestAsync();
    }

    [Fact]
    public async Task Help_inside_a_nested_component_answers_and_keeps_the_prompt_waiting()
    {
        var host = new DialogHost(new MainDialog(false, []));

        await host.Flow()
            .Test("start", "Describe the problem.")
            .Test("help", "Answer the question, or say cancel.")
            .Send("Leaking roof")
            .AssertReply("Complaint got description: Leaking roof")
            .AssertReply("Main finished.")
            .StartTestAsync();
    }

    [Fact]
    public async Task Cancel_in_the_innermost_component_ends_it_and_its_parent_resumes_with_no_result()
    {
        var log = new List<string>();
        var host = new DialogHost(new MainDialog(cancelEverything: false, log));

        await host.Flow()
            .Test("start", "Describe the problem.")
            .Send("cancel")
            .AssertReply("Cancelling…")
            .AssertReply("Complaint resumed with nothing.")
            .AssertReply("Main finished.")
            .StartTestAsync();

        Assert.Equal(["DescriptionDialog:EndCalled", "ComplaintDialog:EndCalled"], log);
    }

    [Fact]
    public async Task Cancel_all_with_parents_from_a_component_inside_a_component_empties_the_whole_stack()
    {
        var log = new List<string>();
        var host = new DialogHost(new MainDialog(cancelEverything: true, log));

        await host.Flow()
            .Test("start", "Describe the problem.")
            .Send("cancel")
            .AssertReply("Cancelling…")
            .AssertNoReply("no parent step runs after a full cancel")
            .StartTestAsync();

        Assert.Empty((await host.StoredDialogStateAsync()).DialogStack);
        Assert.Contains("ComplaintDialog:CancelCalled", log);
        await host.Flow().Test("start again", "Describe the problem.").StartTestAsync();
    }

    [Fact]
    public async Task Cancelling_from_outside_reaches_the_dialogs_inside_nested_components()
    {
        var log = new List<string>();
        var host = new DialogHost(new MainDialog(false, log));
        await host.Flow().Test("start", "Describe the problem.").StartTestAsync();

        var adapter = host.Adapter;
        await adapter.ProcessActivityAsync(adapter.MakeActivity("x"), async (turn, ct) =>
        {
            var set = new DialogSet(host.DialogState).Add(host.Root);
            var dc = await set.CreateContextAsync(turn, ct);
            Assert.Equal(DialogTurnStatus.Cancelled, (await dc.CancelAllDialogsAsync(ct)).Status);
        });

        Assert.Empty((await host.StoredDialogStateAsync()).DialogStack);
        Assert.Equal(["DescriptionDialog:CancelCalled", "ComplaintDialog:CancelCalled"], log);
    }

    [Fact]
    public async Task A_card_submit_without_text_reaches_the_prompt_without_crashing_the_interruption_check()
    {
        var host = new DialogHost(new MainDialog(false, []));

        await host.Flow()
            .Test("start", "Describe the problem.")
            .Send(DialogHost.CardSubmit(new { action = "describe" }))
            .AssertReply("Please type the description.")
            .Send("Mould")
            .AssertReply("Complaint got description: Mould")
            .AssertReply("Main finished.")
            .StartTestAsync();
    }

    [Fact]
    public async Task Reprompt_asks_the_innermost_question_again()
    {
        var host = new DialogHost(new MainDialog(false, []));
        await host.Flow().Test("start", "Describe the problem.").StartTestAsync();

        await new TestFlow(host.Adapter, async (turn, ct) =>
            {
                var dc = await new DialogSet(host.DialogState).Add(host.Root).CreateContextAsync(turn, ct);
                await dc.RepromptDialogAsync(ct);
            })
            .Test("say that again", "Describe the problem.")
            .StartTestAsync();
    }

    [Fact]
    public async Task A_component_without_dialogs_says_to_add_one()
    {
        var host = new DialogHost(new ComponentDialog("empty"));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => host.Flow().Send("hi").StartTestAsync());

        Assert.Contains("AddDialog", error.Message);
    }

    [Fact]
    public async Task An_event_does_not_disturb_a_prompt_inside_components()
    {
        var host = new DialogHost(new MainDialog(false, []));

        await host.Flow()
            .Test("start", "Describe the problem.")
            .Send(new Activity { Type = ActivityTypes.Event, Name = "ping" })
            .AssertNoReply()
            .Send("Noise")
            .AssertReply("Complaint got description: Noise")
            .AssertReply("Main finished.")
            .StartTestAsync();
    }

    /// <summary>On "help", pushes a help dialog on top of the waiting prompt instead of answering inline.</summary>
    private sealed class HelpOnTopDialog : ComponentDialog
    {
        public HelpOnTopDialog() : base("help-on-top")
        {
            AddDialog(new WaterfallDialog("ask",
            [
                (step, ct) => step.PromptAsync("text", new PromptOptions { Prompt = MessageFactory.Text("Describe the problem.") }, ct),
                async (step, ct) =>
                {
                    await step.Context.SendActivityAsync($"Got {step.Result}", cancellationToken: ct);
                    return await step.EndDialogAsync(null, ct);
                },
            ]));
            AddDialog(new WaterfallDialog("help",
            [
                (step, ct) => step.PromptAsync("text", new PromptOptions { Prompt = MessageFactory.Text("What do you need help with?") }, ct),
                async (step, ct) =>
                {
                    await step.Context.SendActivityAsync($"Noted: {step.Result}.", cancellationToken: ct);
                    return await step.EndDialogAsync(null, ct);
                },
            ]));
            AddDialog(new TextPrompt("text"));
        }

        protected override Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken = default) =>
            innerDc.Context.Activity.Text == "help" && innerDc.ActiveDialog?.Id == "text" && innerDc.Stack.Count == 2
                ? innerDc.BeginDialogAsync("help", null, cancellationToken)
                : base.OnContinueDialogAsync(innerDc, cancellationToken);
    }

    [Fact]
    public async Task When_a_dialog_pushed_on_top_of_a_prompt_ends_the_prompt_asks_again_and_waits()
    {
        var host = new DialogHost(new HelpOnTopDialog());

        await host.Flow()
            .Test("start", "Describe the problem.")
            .Test("help", "What do you need help with?")
            .Send("the form")
            .AssertReply("Noted: the form.")
            .AssertReply("Describe the problem.")
            .Test("Broken boiler", "Got Broken boiler")
            .StartTestAsync();
    }

    /// <summary>A root bot that pushes a help dialog on top of the whole component on "help".</summary>
    private sealed class RootWithHelp
    {
        private readonly DialogSet _dialogs;

        public RootWithHelp(DialogHost host)
        {
            _dialogs = new DialogSet(host.DialogState).Add(host.Root).Add(new WaterfallDialog("help",
            [
                async (step, ct) =>
                {
                    await step.Context.SendActivityAsync("Help: answer the question.", cancellationToken: ct);
                    return await step.EndDialogAsync(null, ct);
                },
            ]));
        }

        public async Task OnTurnAsync(ITurnContext turn, CancellationToken ct)
        {
            var dc = await _dialogs.CreateContextAsync(turn, ct);
            if (turn.Activity.Text == "help" && dc.ActiveDialog is not null)
            {
                await dc.BeginDialogAsync("help", null, ct);
                return;
            }
            var result = await dc.ContinueDialogAsync(ct);
            if (result.Status == DialogTurnStatus.Empty) await dc.BeginDialogAsync(_dialogs.GetDialogs().First().Id, null, ct);
        }
    }

    [Fact]
    public async Task When_a_dialog_pushed_on_top_of_a_component_ends_the_component_asks_its_question_again()
    {
        var host = new DialogHost(new MainDialog(false, []));
        var bot = new RootWithHelp(host);

        await new TestFlow(host.Adapter, bot.OnTurnAsync)
            .Test("start", "Describe the problem.")
            .Send("help")
            .AssertReply("Help: answer the question.")
            .AssertReply("Describe the problem.")
            .Send("Broken boiler")
            .AssertReply("Complaint got description: Broken boiler")
            .AssertReply("Main finished.")
            .StartTestAsync();
    }

    [Fact]
    public async Task PromptAsync_requires_options()
    {
        var host = new DialogHost(new WaterfallDialog("w", [(step, ct) => step.PromptAsync("text", null!, ct)]));

        await Assert.ThrowsAsync<ArgumentNullException>(() => host.Flow().Send("hi").StartTestAsync());
    }
}
