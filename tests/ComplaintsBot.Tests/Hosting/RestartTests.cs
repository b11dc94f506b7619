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
}
