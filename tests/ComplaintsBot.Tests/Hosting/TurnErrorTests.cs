using System.Net;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintsBot.Tests.Hosting;

/// <summary>A turn that throws in the real host: the answers given so far are kept and the question is asked again.</summary>
public sealed class TurnErrorTests : HostTestBase
{
    protected override void Override(IServiceCollection services) => TwoQuestionDialog.ReplaceMainDialog(services);

    [Fact]
    public async Task A_turn_that_throws_says_so_with_a_reference_asks_the_same_question_and_the_earlier_answer_is_kept()
    {
        await Host.PostActivityAsync(Teams.Message("start"));
        await Host.PostActivityAsync(Teams.Message("one"));

        var failed = await Host.PostActivityAsync(Teams.Message(TwoQuestionDialog.ThrowingAnswer));
        await Host.PostActivityAsync(Teams.Message("two"));

        Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        Assert.Equal([TwoQuestionDialog.FirstQuestion, TwoQuestionDialog.SecondQuestion], Channel.Calls.Take(2).Select(c => c.Text));
        Assert.Matches(@"^Sorry, something went wrong on my side with that \(error reference [A-Z2-9]{8}\)\. Nothing you entered has been lost", Channel.Calls[2].Text);
        Assert.Equal(TwoQuestionDialog.SecondQuestion, Channel.Calls[3].Text);
        Assert.Equal(TwoQuestionDialog.Summary("one", "two"), Channel.Calls[4].Text);
        Assert.Equal(5, Channel.Calls.Count);
    }

    [Fact]
    public async Task A_turn_that_throws_keeps_the_conversation_state_as_last_saved()
    {
        await Host.PostActivityAsync(Teams.Message("start"));
        await Host.PostActivityAsync(Teams.Message("one"));

        await Host.PostActivityAsync(Teams.Message(TwoQuestionDialog.ThrowingAnswer));

        var stored = await StoredConversationStateAsync();
        Assert.Contains("\"first\":\"one\"", stored);
        Assert.DoesNotContain(TwoQuestionDialog.ThrowingAnswer, stored);
    }

    private async Task<string> StoredConversationStateAsync()
    {
        await using var db = await Host.GetService<Microsoft.EntityFrameworkCore.IDbContextFactory<ComplaintsBot.Cases.Store.CasesDbContext>>().CreateDbContextAsync();
        return Assert.Single(db.BotState.AsEnumerable(), row => row.Key.Contains("/conversations/", StringComparison.Ordinal) && row.Key.Contains("/users/", StringComparison.Ordinal)).Json;
    }
}
