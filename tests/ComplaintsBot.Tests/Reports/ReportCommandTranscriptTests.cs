using ComplaintsBot.Cases.Domain;

using ComplaintsBot.Tests.Dialogs;

namespace ComplaintsBot.Tests.Reports;

/// <summary>The `report` command in the chat: a summary card for managers, a refusal for everyone else.</summary>
public sealed class ReportCommandTranscriptTests
{
    [Fact]
    public async Task Report_is_refused_to_an_officer_who_is_not_a_manager()
    {
        await using var bot = await LoggingBot.StartAsync("hoc-2024");
        await bot.AddStaffAsync(LoggingBot.OfficerAadObjectId, LoggingBot.OfficerName, null, StaffRoles.Officer);

        await bot.Chat()
            .Says("report").Tells("The report is for managers. Ask an administrator for the manager role if you need it.")
            .RunAsync();
    }

    [Fact]
    public async Task Report_gives_a_manager_the_summary_card_of_the_month_so_far()
    {
        await using var bot = await LoggingBot.StartAsync("hoc-2024");
        await bot.AddStaffAsync(LoggingBot.OfficerAadObjectId, LoggingBot.OfficerName, null, StaffRoles.ComplaintsManager);

        await bot.Chat()
            .Says("report").ShowsCard("Complaints report", "1 Dec 2026 to 18 Dec 2026")
            .RunAsync();
    }

    [Fact]
    public async Task Report_with_a_month_that_is_not_one_says_how_to_write_it()
    {
        await using var bot = await LoggingBot.StartAsync("hoc-2024");
        await bot.AddStaffAsync(LoggingBot.OfficerAadObjectId, LoggingBot.OfficerName, null, StaffRoles.Manager);

        await bot.Chat()
            .Says("report banana").Tells("Write **report** for this month so far, or **report** with a month, such as report 2026-12.")
            .RunAsync();
    }
}
