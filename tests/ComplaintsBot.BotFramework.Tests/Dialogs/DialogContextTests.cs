using ComplaintsBot.BotFramework.Builder;
using ComplaintsBot.BotFramework.Dialogs;
using ComplaintsBot.BotFramework.Testing;

namespace ComplaintsBot.BotFramework.Tests.Dialogs;

public class DialogContextTests
{
    private static async Task<DialogContext> NewContextAsync(params Dialog[] dialogs)
    {
        var state = new ConversationState(new MemoryStorage());
        var set = new DialogSet(state.CreateProperty<DialogState>("DialogState"));
        foreach (var dialog in dialogs) set.Add(dialog);
        var adapter = new TestAdapter();
        return await set.CreateContextAsync(new TurnContext(adapter, adapter.MakeActivity("hi")));
    }

    private static WaterfallDialog Waiting(string id) =>
        new(id, [async (step, ct) => await step.PromptAsync("text", new PromptOptions { Prompt = MessageFactory.Text($"{id}?") }, ct)]);

    [Fact]
    public async Task Beginning_an_unknown_dialog_throws_and_says_to_call_AddDialog()
    {
        var dc = await NewContextAsync();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => dc.BeginDialogAsync("missing"));

        Assert.Contains("'missing'", error.Message);
        Assert.Contains("AddDialog", error.Message);
    }

    [Fact]
    public async Task The_dialog_begun_last_is_on_top_of_the_stack_at_index_0()
    {
        var dc = await NewContextAsync(Waiting("outer"), new TextPrompt("text"));

        await dc.BeginDialogAsync("outer");

        Assert.Equal(["text", "outer"], dc.Stack.Select(i => i.Id));
        Assert.Same(dc.Stack[0], dc.ActiveDialog);
    }

    [Fact]
    public async Task Continuing_an_empty_stack_returns_Empty()
    {
        var dc = await NewContextAsync();

        Assert.Equal(DialogTurnStatus.Empty, (await dc.ContinueDialogAsync()).Status);
    }

    [Fact]
    public async Task Ending_the_last_dialog_completes_with_its_result()
    {
        var dc = await NewContextAsync(new WaterfallDialog("w", [(step, ct) => step.EndDialogAsync("done", ct)]));

        var result = await dc.BeginDialogAsync("w");

        Assert.Equal(DialogTurnStatus.Complete, result.Status);
        Assert.Equal("done", result.Result);
        Assert.Empty(dc.Stack);
    }

    [Fact]
    public async Task A_cancellation_token_passed_as_a_result_is_refused()
    {
        var dc = await NewContextAsync(Waiting("w"), new TextPrompt("text"));
        await dc.BeginDialogAsync("w");

        await Assert.ThrowsAsync<ArgumentException>(() => dc.EndDialogAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Cancel_all_ends_every_dialog_with_CancelCalled_and_returns_Cancelled()
    {
        var log = new List<string>();
        var dc = await NewContextAsync(
            new WaterfallDialog("w", [(step, ct) => step.BeginDialogAsync("spy", null, ct)]),
            new SpyDialog("spy", log));
        await dc.BeginDialogAsync("w");

        var result = await dc.CancelAllDialogsAsync();

        Assert.Equal(DialogTurnStatus.Cancelled, result.Status);
        Assert.Empty(dc.Stack);
        Assert.Equal(["spy:CancelCalled"], log);
        Assert.Equal(DialogTurnStatus.Empty, (await dc.CancelAllDialogsAsync()).Status);
    }

    [Fact]
    public async Task A_dialog_is_found_in_the_parent_set_when_not_in_its_own()
    {
        var parent = await NewContextAsync(new TextPrompt("shared"));
        var child = new DialogContext(new DialogSet(), parent, new DialogState());

        Assert.IsType<TextPrompt>(child.FindDialog("shared"));
        Assert.Null(child.FindDialog("nowhere"));
    }

    [Fact]
    public async Task A_stored_stack_naming_a_dialog_that_no_longer_exists_fails_clearly()
    {
        var dc = await NewContextAsync();
        dc.Stack.Insert(0, new DialogInstance { Id = "RenamedDialog" });

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => dc.ContinueDialogAsync());

        Assert.Contains("RenamedDialog", error.Message);
    }

    [Fact]
    public void Adding_a_different_dialog_with_an_id_already_in_the_set_is_refused()
    {
        var set = new DialogSet();
        var first = new TextPrompt("ask");
        set.Add(first).Add(first);

        Assert.Throws<ArgumentException>(() => set.Add(new TextPrompt("ask")));
    }
}
