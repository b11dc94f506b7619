using System.Net;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintsBot.Tests.Hosting;

public sealed class TurnErrorTests : HostTestBase
{
    protected override void Override(IServiceCollection services) => TwoQuestionDialog.ReplaceMainDialog(services);

    [Fact]
    public async Task A_turn_that_throws_apologises_and_the_next_message_starts_afresh()
    {
        await Host.PostActivityAsync(Teams.Message("start"));

        var failed = await Host.PostActivityAsync(Teams.Message(TwoQuestionDialog.ThrowingAnswer));
        await Host.PostActivityAsync(Teams.Message("hello again"));

        Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        Assert.Equal(3, Channel.Calls.Count);
        Assert.Equal(TwoQuestionDialog.FirstQuestion, Channel.Calls[0].Text);
        Assert.StartsWith("Sorry, something went wrong on my side.", Channel.Calls[1].Text);
        // The conversation state (with the broken dialog stack) was cleared: the waterfall begins again.
        Assert.Equal(TwoQuestionDialog.FirstQuestion, Channel.Calls[2].Text);
    }

    [Fact]
    public async Task A_turn_that_throws_leaves_no_conversation_state_behind()
    {
        await Host.PostActivityAsync(Teams.Message("start"));

        await Host.PostActivityAsync(Teams.Message(TwoQuestionDialog.ThrowingAnswer));

        await using var db = await Host.GetService<Microsoft.EntityFrameworkCore.IDbContextFactory<ComplaintsBot.Cases.Store.CasesDbContext>>().CreateDbContextAsync();
        var conversationKeys = db.BotState.Select(row => row.Key).AsEnumerable().Where(key => key.Contains("/conversations/")).ToList();
        Assert.Empty(conversationKeys);
    }
}
