using System.Text.Json.Nodes;
using ComplaintsBot.BotFramework.Schema;
using ComplaintsBot.Dialogs;

namespace ComplaintsBot.Tests.Dialogs;

/// <summary>
/// In Teams (and the Agents Playground, which posts as Teams) choice questions are Adaptive Cards of Action.Submit
/// buttons, never imBack (which the Playground cannot press). A press answers the question its card asked, typing
/// still works, and a press on an older question's card is refused, not filed under the question asked now.
/// </summary>
public sealed class CardChoicesTests : IAsyncLifetime
{
    private LoggingBot _bot = null!;

    public async Task InitializeAsync()
    {
        _bot = await LoggingBot.StartAsync("hoc-2024");
        _bot.Adapter.Conversation.ChannelId = "msteams";
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task A_choice_question_in_teams_is_a_card_of_submit_buttons_that_the_playground_can_press()
    {
        var question = await AskRelationshipAsync();

        var card = (JsonObject)question.Attachments![0].Content!;
        Assert.Equal(Attachment.AdaptiveCardContentType, question.Attachments[0].ContentType);
        Assert.Contains("tenant, leaseholder, applicant or other", TranscriptRecorder.Show(question));
        var buttons = card["actions"]!.AsArray().Select(a => a!.AsObject()).ToList();
        Assert.All(buttons, b => Assert.Equal("Action.Submit", (string?)b["type"]));
        Assert.All(buttons, b => Assert.False(string.IsNullOrEmpty((string?)b["data"]![CardChoices.QuestionKey])));
        Assert.Null(question.SuggestedActions);
        Assert.DoesNotContain("imBack", question.Attachments[0].Content!.ToString() ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pressing_a_choice_answers_the_question_it_was_asked_under()
    {
        var question = await AskRelationshipAsync();

        var next = await SendAsync(new Activity { Type = ActivityTypes.Message, Value = Button(question, "Leaseholder") });

        Assert.Contains("Which tenure is their home", TranscriptRecorder.Show(next.Last()));
        Assert.Contains("\"relationship\":\"Leaseholder\"", (await _bot.StoredStateAsync())!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Typing_the_answer_still_works_when_the_question_is_a_card()
    {
        await AskRelationshipAsync();

        var next = await SayAsync("tenant");

        Assert.Contains("Which tenure is their home", TranscriptRecorder.Show(next.Last()));
    }

    [Fact]
    public async Task A_press_on_an_earlier_questions_card_is_refused_and_not_filed_under_the_current_question()
    {
        var relationship = await AskRelationshipAsync();
        await SendAsync(new Activity { Type = ActivityTypes.Message, Value = Button(relationship, "Applicant") });
        // An applicant has no tenure to ask: now asked whether anyone acts for them (a choice too). A late press on the relationship card carries
        // "Other", which is also a choice of the current question: it must not be taken as the answer.
        var late = Button(relationship, "Other");

        var replies = await SendAsync(new Activity { Type = ActivityTypes.Message, Value = late });

        Assert.Equal(CardChoices.StaleText, TranscriptRecorder.Show(replies[0]));
        Assert.Contains("Is anyone acting for them?", TranscriptRecorder.Show(replies[^1]));
        var state = (await _bot.StoredStateAsync())!.ToJsonString();
        Assert.Contains("\"relationship\":\"Applicant\"", state, StringComparison.Ordinal);
        Assert.DoesNotContain("\"representativeKind\":\"Other\"", state, StringComparison.Ordinal);
    }

    private async Task<Activity> AskRelationshipAsync()
    {
        await SayAsync("log");
        await SayAsync("Ada Jones");
        var replies = await SayAsync("T-10042");
        return replies.Last(r => TranscriptRecorder.Show(r).Contains("tenant, leaseholder, applicant or other", StringComparison.Ordinal));
    }

    private static JsonObject Button(Activity question, string title) =>
        ((JsonObject)question.Attachments![0].Content!)["actions"]!.AsArray()
            .Select(a => a!.AsObject()).Single(a => (string?)a["title"] == title)["data"]!.DeepClone().AsObject();

    private Task<List<Activity>> SayAsync(string text) => SendAsync(new Activity { Type = ActivityTypes.Message, Text = text });

    private async Task<List<Activity>> SendAsync(Activity activity)
    {
        activity.Timestamp = activity.LocalTimestamp = LoggingBot.FridayBeforeChristmas;
        await _bot.Adapter.ProcessActivityAsync(activity, _bot.TurnAsync);
        var replies = new List<Activity>();
        while (_bot.Adapter.GetNextReply() is { } reply) replies.Add(reply);
        return replies;
    }
}
