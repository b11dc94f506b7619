using System.Text.Json.Nodes;
using ComplaintsBot.BotFramework.Schema;
using ComplaintsBot.Cases.Store;
using ComplaintsBot.Reports;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ComplaintsBot.Tests.Reports;

/// <summary>The Teams `report` command: a summary card for managers, from the seeded store.</summary>
public sealed class ReportCommandTests(ReportFixture fixture) : IClassFixture<ReportFixture>
{
    private Task<Activity> ReplyAsync(string text, string aadObjectId) =>
        ReportCommand.ReplyAsync(
            new Activity { Type = ActivityTypes.Message, Text = text, From = new ChannelAccount("29:user", "Someone") { AadObjectId = aadObjectId } },
            fixture.Cases.Services.GetRequiredService<StaffDirectory>(), fixture.Cases.Builder, SeededCases.Homes,
            new FakeTimeProvider(SeededCases.Now), CancellationToken.None);

    private static Dictionary<string, string> Facts(Activity reply) =>
        reply.Attachments!.Single().Content!["body"]!.AsArray().Single(b => (string?)b!["type"] == "FactSet")!["facts"]!.AsArray()
            .ToDictionary(f => (string)f!["title"]!, f => (string)f!["value"]!);

    [Fact]
    public async Task A_manager_asking_for_a_month_gets_a_summary_card_of_its_figures()
    {
        var reply = await ReplyAsync("report 2026-12", SeededCases.ManagerAadObjectId);

        Assert.Equal(Attachment.AdaptiveCardContentType, reply.Attachments!.Single().ContentType);
        Assert.Equal("1.5", (string?)reply.Attachments![0].Content!["version"]);
        var facts = Facts(reply);
        Assert.Equal("stage 1: 8, stage 2: 2", facts["Complaints received"]);
        Assert.Equal("stage 1: 4, stage 2: 2", facts["Open at the end"]);
        Assert.Equal("6 of 7 (85.7%)", facts["Stage 1 acknowledged in time"]);
        Assert.Equal("4 of 5 (80.0%)", facts["Stage 1 answered in time"]);
        Assert.Equal("none made", facts["Stage 2 answered in time"]);
        Assert.Equal("stage 1: 3.20, stage 2: 0.80", facts["TSM CH01 per 1,000 homes"]);
        Assert.Equal("£175.50", facts["Compensation"]);
        Assert.Equal("3 asked, 1 approved, 1 declined", facts["Extensions"]);
        Assert.Contains("1 Dec 2026 to 31 Dec 2026", reply.Attachments[0].Content!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_alone_covers_this_month_so_far_in_London()
    {
        var reply = await ReplyAsync("report", SeededCases.ManagerAadObjectId);

        // Now is Fri 8 Jan 2027: N was received on 4 Jan; C and A's stage 2 were answered on 5 and 6 Jan.
        Assert.Contains("1 Jan 2027 to 8 Jan 2027", reply.Attachments![0].Content!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal("stage 1: 1, stage 2: 0", Facts(reply)["Complaints received"]);
        Assert.Equal("stage 1: 1, stage 2: 1", Facts(reply)["Responses made"]);
    }

    [Fact]
    public async Task Staff_without_a_manager_role_get_a_refusal_and_no_figures()
    {
        var reply = await ReplyAsync("report 2026-12", SeededCases.OfficerAadObjectId);

        Assert.Null(reply.Attachments);
        Assert.StartsWith("The report is for managers.", reply.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("report december")]
    [InlineData("report 2027-02")]
    public async Task A_month_that_is_not_a_past_or_current_yyyy_mm_month_gets_the_usage(string text)
    {
        var reply = await ReplyAsync(text, SeededCases.ManagerAadObjectId);

        Assert.Contains("report 2026-12", reply.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("report", true)]
    [InlineData(" Report 2026-12 ", true)]
    [InlineData("reports", false)]
    [InlineData("my cases", false)]
    [InlineData(null, false)]
    public void The_command_is_the_word_report_alone_or_with_a_month(string? text, bool matches) =>
        Assert.Equal(matches, ReportCommand.Matches(text));
}
