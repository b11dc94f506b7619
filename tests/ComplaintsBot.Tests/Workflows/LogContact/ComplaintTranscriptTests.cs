using ComplaintsBot.Cases.Deadlines;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Tests.Dialogs;

namespace ComplaintsBot.Tests.Workflows.LogContact;

public sealed class ComplaintTranscriptTests
{
    [Fact]
    public async Task A_code_complaint_received_the_friday_before_christmas_is_acknowledged_by_tuesday_29_december()
    {
        await using var bot = await LoggingBot.StartAsync("hoc-2024");
        await bot.Chat()
            .TenantOnThePhone()
            .WantsItInvestigated()
            .Says("Complaint").Asks("When did the issue happen?")
            .Says("01/12/2026")
            .NoExclusionApplies(bot.Policy.Exclusions.Where(e => e.Id != "issue-too-old").Select(e => e.Question))
            .Routed()
            .ShowsCard("Check this contact before saving", "Complaint, Stage 1, under Complaint Handling Code (2024)", "Stage 1 acknowledgement: Tue 29 Dec 2026")
            .PressesSave()
            .Tells("Saved as **HOC-2026-00001**")
            .ShowsCard("HOC-2026-00001", "Tue 29 Dec 2026", "Wed 13 Jan 2027")
            .RunAsync();

        var saved = await bot.OnlyCaseAsync();
        Assert.Equal(ContactKind.Complaint, saved.Kind);
        Assert.Equal(CaseStatus.Open, saved.Status);
        Assert.Equal(LoggingBot.FridayBeforeChristmas, saved.ReceivedAt);
        Assert.Equal(new DateOnly(2026, 12, 1), saved.IssueOccurredOn);
        Assert.Equal("Ada Jones", saved.Customer.Name);
        var deadlines = bot.DeadlinesOf(saved);
        Assert.Equal(new DateOnly(2026, 12, 29), deadlines.Get(DeadlineKind.Stage1Acknowledge).DueDate);
        Assert.Equal(new DateOnly(2027, 1, 13), deadlines.Get(DeadlineKind.Stage1Response).DueDate);
    }
}
