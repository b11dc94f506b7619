using System.Text.Json.Nodes;
using ComplaintsBot.BotFramework.Schema;
using ComplaintsBot.Tests.Dialogs;

namespace ComplaintsBot.Tests.Workflows.LogContact;

/// <summary>
/// Two officers logging contacts in one group chat (or channel thread): each has their own draft, answers land in
/// the draft of the person who typed them, and only the person who started a draft can save it.
/// </summary>
public sealed class GroupChatDraftTests
{
    private static readonly ChannelAccount Priya = new("29:priya", LoggingBot.OfficerName, "user", LoggingBot.OfficerAadObjectId);
    private static readonly ChannelAccount Sam = new("29:sam", "Sam Patel", "user", "aad-sam");

    [Fact]
    public async Task Two_people_drafting_in_one_thread_each_keep_their_own_draft_and_the_second_cannot_save_the_firsts()
    {
        await using var bot = await LoggingBot.StartAsync("hoc-2024");
        bot.Adapter.Conversation.Conversation!.ConversationType = "groupChat";
        bot.Adapter.Conversation.Conversation.IsGroup = true;

        // Interleaved: each answer goes to the draft of whoever typed it.
        Assert.StartsWith("What is the customer's name?", await Say(bot, Priya, "log"));
        Assert.StartsWith("What is the customer's name?", await Say(bot, Sam, "log"));
        Assert.Contains("tenancy or account reference", await Say(bot, Priya, "Ada Jones"));
        Assert.Contains("tenancy or account reference", await Say(bot, Sam, "Bob Smith"));
        Assert.Contains("tenant, leaseholder", await Say(bot, Sam, "T-2"));
        Assert.Contains("tenant, leaseholder", await Say(bot, Priya, "T-1"));

        var priyaDraft = await Draft(bot, Priya);
        var samDraft = await Draft(bot, Sam);
        Assert.Equal(("Ada Jones", "T-1"), (priyaDraft["customerName"]!.GetValue<string>(), priyaDraft["tenancyReference"]!.GetValue<string>()));
        Assert.Equal(("Bob Smith", "T-2"), (samDraft["customerName"]!.GetValue<string>(), samDraft["tenancyReference"]!.GetValue<string>()));

        // Priya finishes hers; Sam presses Save on Priya's summary card.
        var last = await Say(bot, Priya, "tenant");
        for (var turn = 0; turn < 40 && !NothingTypedIsLostProperties.IsSummaryCard(last); turn++)
        {
            var answer = NothingTypedIsLostProperties.ProperAnswer(bot, last.Split('\n')[^1], await Draft(bot, Priya))
                ?? NothingTypedIsLostProperties.ProperAnswer(bot, last, await Draft(bot, Priya))
                ?? throw new InvalidOperationException("Not a question: " + last);
            last = await Say(bot, Priya, answer);
        }
        var intakeId = (await Draft(bot, Priya))["intakeId"]!.GetValue<string>();

        var samPress = await Press(bot, Sam, intakeId);
        Assert.StartsWith(ComplaintsBot.Dialogs.InterruptibleDialog.NotYourSummaryText, samPress);
        Assert.EndsWith("Are they a tenant, leaseholder, applicant or other?", samPress.Split('\n').First(l => l.StartsWith("Are they", StringComparison.Ordinal)));
        Assert.Empty(await bot.AllCasesAsync());
        Assert.Contains("Bob Smith", (await bot.StoredStateAsync(Sam.Id))!.ToJsonString());

        var priyaPress = await Press(bot, Priya, intakeId);
        Assert.StartsWith("Saved as **HOC-2026-00001**", priyaPress);
        var saved = await bot.OnlyCaseAsync();
        Assert.Equal("Ada Jones", saved.Customer.Name);
        // Sam's own draft is where he left it.
        Assert.Contains("tenant, leaseholder", await Say(bot, Sam, "help"));
    }

    [Fact]
    public async Task Someone_with_no_draft_pressing_a_colleagues_summary_is_told_only_its_author_can_save_it()
    {
        await using var bot = await LoggingBot.StartAsync("hoc-2024");
        bot.Adapter.Conversation.Conversation!.ConversationType = "groupChat";
        bot.Adapter.Conversation.Conversation.IsGroup = true;
        var last = await Say(bot, Priya, "log");
        for (var turn = 0; turn < 40 && !NothingTypedIsLostProperties.IsSummaryCard(last); turn++)
            last = await Say(bot, Priya, NothingTypedIsLostProperties.ProperAnswer(bot, last.Split('\n')[^1], await Draft(bot, Priya))
                ?? NothingTypedIsLostProperties.ProperAnswer(bot, last, await Draft(bot, Priya)) ?? throw new InvalidOperationException("Not a question: " + last));
        var intakeId = (await Draft(bot, Priya))["intakeId"]!.GetValue<string>();

        Assert.Equal("That summary is not one of your drafts: only the person who started logging a contact can change or save it. Nothing was saved. Type **log** to log one of your own.",
            await Press(bot, Sam, intakeId));
        Assert.Empty(await bot.AllCasesAsync());
        Assert.StartsWith("Saved as **HOC-2026-00001**", await Press(bot, Priya, intakeId));
        Assert.Equal("Ada Jones", (await bot.OnlyCaseAsync()).Customer.Name);
    }

    private static async Task<JsonObject> Draft(LoggingBot bot, ChannelAccount person) =>
        await NothingTypedIsLostProperties.DraftOfAsync(bot, person.Id) ?? throw new InvalidOperationException($"{person.Name} has no draft.");

    private static Task<string> Say(LoggingBot bot, ChannelAccount from, string text) =>
        SendAsync(bot, new Activity { Type = ActivityTypes.Message, From = from, Text = text });

    private static Task<string> Press(LoggingBot bot, ChannelAccount from, string intakeId) =>
        SendAsync(bot, new Activity { Type = ActivityTypes.Message, From = from, Value = new JsonObject { ["command"] = "saveContact", ["intakeId"] = intakeId } });

    /// <summary>Runs one turn and returns the bot's replies, last one last, joined.</summary>
    private static async Task<string> SendAsync(LoggingBot bot, Activity activity)
    {
        await bot.Adapter.ProcessActivityAsync(activity, bot.TurnAsync);
        var replies = new List<string>();
        while (bot.Adapter.GetNextReply() is { } reply) replies.Add(TranscriptRecorder.Show(reply));
        return string.Join("\n", replies);
    }
}
