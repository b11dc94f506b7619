using Microsoft.Extensions.DependencyInjection;

namespace ComplaintsBot.Tests.Hosting;

public sealed class RestartTests : HostTestBase
{
    protected override void Override(IServiceCollection services) => TwoQuestionDialog.ReplaceMainDialog(services);

    [Fact]
    public async Task A_host_restarted_in_the_middle_of_a_waterfall_continues_at_the_next_step()
    {
        await Host.PostActivityAsync(Teams.Message("start"));
        await Host.PostActivityAsync(Teams.Message("red"));
        await Host.DisposeAsync();

        await using (var restarted = StartHost())
        {
            await restarted.PostActivityAsync(Teams.Message("green"));
        }

        Assert.Equal(
            [TwoQuestionDialog.FirstQuestion, TwoQuestionDialog.SecondQuestion, TwoQuestionDialog.Summary("red", "green")],
            Channel.Calls.Select(c => c.Text));
    }

    [Fact]
    public async Task By_the_time_a_question_reaches_the_chat_the_answer_before_it_is_stored_so_a_crash_then_files_the_next_answer_under_it()
    {
        string? storedWhenSecondQuestionArrived = null;
        Channel.OnCall = async call =>
        {
            if (call.Text != TwoQuestionDialog.SecondQuestion) return;
            await using var db = await Host.GetService<Microsoft.EntityFrameworkCore.IDbContextFactory<ComplaintsBot.Cases.Store.CasesDbContext>>().CreateDbContextAsync();
            storedWhenSecondQuestionArrived = string.Join("\n", db.BotState.AsEnumerable().Where(r => r.Key.Contains("/conversations/", StringComparison.Ordinal)).Select(r => r.Json));
        };
        await Host.PostActivityAsync(Teams.Message("start"));

        await Host.PostActivityAsync(Teams.Message("red"));

        // The host could be killed now, with the second question on screen: what is stored already says it was asked.
        Assert.Contains("\"first\":\"red\"", storedWhenSecondQuestionArrived);
        await Host.DisposeAsync();
        await using (var restarted = StartHost())
        {
            await restarted.PostActivityAsync(Teams.Message("green"));
        }
        Assert.Equal(TwoQuestionDialog.Summary("red", "green"), Channel.Calls[^1].Text);
    }
}
