using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ComplaintsBot.BotFramework.Schema;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Tests.Dialogs;

namespace ComplaintsBot.Tests.Workflows.LogContact;

/// <summary>
/// A Save whose turn was cut off after the case was stored and before the end of the dialog was (a host killed there):
/// Teams sends the click again and the draft is still open. The officer gets the whole confirmation, and the people a
/// saved case alerts get their card or message once, not a second copy.
/// </summary>
public sealed class ResumedSaveTests
{
    private const string HisDeciders = "Customer Focus Manager (CFM) or Customer Services Team Leader (deputises for the CFM)";

    [Fact]
    public async Task A_save_cut_off_before_its_confirmation_confirms_in_full_when_pressed_again_and_the_decider_gets_the_exclusion_card_once()
    {
        await using var bot = await LoggingBot.StartAsync("his");
        var cfm = await bot.AddStaffAsync("aad-cara", "Cara Bell", null, "customer-focus-manager");
        await bot.InstallAppForAsync(cfm);
        await bot.Chat()
            .TenantOnThePhone().WantsItInvestigated()
            .Says("Complaint").Asks("When did the issue happen?")
            .Says("01/12/2026").Asks("Have legal proceedings already been started")
            .Says("no").Asks("already been considered")
            .Says("no").Asks("outside the remit or responsibility of HiS")
            .Says("yes").Asks("recompense out of proportion")
            .Says("no").Asks("persistent or unreasonable")
            .Says("no")
            .Tells("The " + HisDeciders + " must decide whether to accept it")
            .Routed()
            .ShowsCard("waiting for a decision on an exclusion")
            .RunAsync();

        var (first, again) = await SaveCutOffThenPressedAgainAsync(bot);

        Assert.Equal(1, first.Count(r => r.Conversation?.Id == "chat-aad-cara"));
        Assert.DoesNotContain(again, r => r.Conversation?.Id == "chat-aad-cara");
        var confirmation = Assert.Single(again, r => r.Text?.StartsWith("Saved as", StringComparison.Ordinal) == true).Text!;
        Assert.Contains("Saved as **HIS-2026-00001**", confirmation);
        Assert.Contains("nothing was saved twice", confirmation);
        Assert.Contains("I sent it to Cara Bell to decide", confirmation);
        var saved = await bot.OnlyCaseAsync();
        // Every exclusion answered is recorded once: the second Save found them on the case and added none.
        Assert.NotEmpty(saved.ExclusionDecisions);
        Assert.Equal(saved.ExclusionDecisions.Select(d => d.ExclusionId).Distinct().Count(), saved.ExclusionDecisions.Count);
    }

    [Fact]
    public async Task A_save_cut_off_before_its_confirmation_tells_the_senior_manager_about_the_concern_once()
    {
        await using var bot = await LoggingBot.StartAsync("whg");
        var senior = await bot.AddStaffAsync("aad-sue", "Sue Grant", null, StaffRoles.SeniorManager);
        await bot.InstallAppForAsync(senior);
        await bot.Chat()
            .TenantOnThePhone("Exposed wiring in the hallway since the repair visit.", "Make it safe today")
            .Says("yes").Asks("health and safety or safeguarding concern")
            .Says("Health and safety").Tells("It is flagged for a senior manager")
            .Asks("When did the issue happen?")
            .Says("01/01/2026")
            .NoExclusionApplies(bot.Policy.Exclusions.Where(e => e.Id != "issue-too-old").Select(e => e.Question))
            .Routed("Repairs", "Electrical safety")
            .ShowsCard("Health and safety (flagged for a senior manager)")
            .RunAsync();

        var (first, again) = await SaveCutOffThenPressedAgainAsync(bot);

        Assert.Equal(1, first.Count(r => r.Conversation?.Id == "chat-aad-sue"));
        Assert.DoesNotContain(again, r => r.Conversation?.Id == "chat-aad-sue");
        var confirmation = Assert.Single(again, r => r.Text?.StartsWith("Saved as", StringComparison.Ordinal) == true).Text!;
        Assert.Contains("Saved as **WHG-2026-00001**", confirmation);
        Assert.Contains("Flagged for a senior manager: I told Sue Grant.", confirmation);
        Assert.Single(await bot.AllCasesAsync());
    }

    // Presses Save; then puts the officer's dialog back as it was before (the turn's state never saved) and presses again.
    private static async Task<(List<Activity> First, List<Activity> Again)> SaveCutOffThenPressedAgainAsync(LoggingBot bot)
    {
        var before = await bot.SnapshotStateAsync();
        var intakeId = Regex.Match((await bot.StoredStateAsync())!.ToJsonString(), "\"intakeId\":\"(?<id>[0-9a-f-]{36})\"").Groups["id"].Value;
        var first = await PressSaveAsync(bot, intakeId);
        Assert.Contains(first, r => r.Text?.StartsWith("Saved as", StringComparison.Ordinal) == true);
        await bot.RollBackAsync(before);
        return (first, await PressSaveAsync(bot, intakeId));
    }

    private static async Task<List<Activity>> PressSaveAsync(LoggingBot bot, string intakeId)
    {
        var press = new Activity
        {
            Type = ActivityTypes.Message,
            Value = new JsonObject { ["command"] = "saveContact", ["intakeId"] = intakeId },
            Timestamp = LoggingBot.FridayBeforeChristmas,
            LocalTimestamp = LoggingBot.FridayBeforeChristmas,
        };
        await bot.Adapter.ProcessActivityAsync(press, bot.TurnAsync);
        var replies = new List<Activity>();
        while (bot.Adapter.GetNextReply() is { } reply) replies.Add(reply);
        return replies;
    }
}
