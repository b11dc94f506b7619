using ComplaintsBot.BotFramework.Testing;
using ComplaintsBot.Tests.Dialogs;

namespace ComplaintsBot.Tests.Workflows.LogContact;

/// <summary>A compliment is passed to the colleague praised and their line manager, in their own chats with the bot.</summary>
public sealed class ComplimentNotificationTests
{
    [Fact]
    public async Task A_compliment_reaches_the_colleague_praised_and_the_officer_is_told_their_line_manager_could_not_be_reached()
    {
        await using var bot = await LoggingBot.StartAsync("wch");
        var manager = await bot.AddStaffAsync("aad-mo", "Mo Khan", null, "manager");
        var sam = await bot.AddStaffAsync("aad-sam", "Sam Patel", manager.Id);
        await bot.InstallAppForAsync(sam); // Mo has not installed the app

        var chat = bot.Chat()
            .TenantOnThePhone("Sam fixed the boiler the same day and was lovely.", "nothing")
            .Says("no").Asks("Are they praising")
            .Says("yes").Tells("**Suggested: Compliment.**").Asks("Log it as Compliment")
            .Says("1").Asks("Who did they praise?")
            .Says("Sam Patel")
            .Routed("Repairs", "Boilers")
            .ShowsCard("Sam Patel")
            .PressesSave();
        await new Chat(chat.Flow.AssertReply(sent =>
            {
                if (sent.Conversation?.Id != "chat-aad-sam") throw new TestFlowAssertionException($"Expected a message in Sam's chat, got one in {sent.Conversation?.Id}.");
                Assert.Equal("A customer praised Sam Patel (WCH-2026-00001): \"Sam fixed the boiler the same day and was lovely.\"", sent.Text);
            }, "the compliment in Sam's chat"))
            .Tells("Saved as **WCH-2026-00001**", "I passed the compliment to Sam Patel.", "I couldn't reach their line manager Mo Khan in Teams: pass it on yourself.")
            .ShowsCard("WCH-2026-00001")
            .RunAsync();

        Assert.Equal("Sam Patel", (await bot.OnlyCaseAsync()).StaffPraised);
    }

    [Fact]
    public async Task A_compliment_reaches_both_the_colleague_and_their_line_manager_when_both_use_the_bot()
    {
        await using var bot = await LoggingBot.StartAsync("hoc-2024");
        var manager = await bot.AddStaffAsync("aad-mo", "Mo Khan", null, "manager");
        var sam = await bot.AddStaffAsync("aad-sam", "Sam Patel", manager.Id);
        await bot.InstallAppForAsync(sam);
        await bot.InstallAppForAsync(manager);

        var chat = bot.Chat()
            .TenantOnThePhone("Sam was so helpful.", "nothing")
            .Says("no").Asks("Are they praising")
            .Says("yes").Tells("**Suggested: Compliment.**").Asks("Log it as Compliment")
            .Says("1").Asks("Who did they praise?")
            .Says("sam patel")
            .Routed()
            .ShowsCard("sam patel")
            .PressesSave();
        await new Chat(chat.Flow
                .AssertReply(sent => Assert.Equal("chat-aad-sam", sent.Conversation?.Id), "to Sam")
                .AssertReply(sent => Assert.Equal("chat-aad-mo", sent.Conversation?.Id), "to Mo"))
            .Tells("I passed the compliment to Sam Patel and their line manager Mo Khan.")
            .RunAsync();
    }
}
