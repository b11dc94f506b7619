using System.Text.Json.Nodes;
using ComplaintsBot.Bot;
using ComplaintsBot.BotFramework.Builder;
using ComplaintsBot.BotFramework.Schema;
using ComplaintsBot.BotFramework.Testing;
using ComplaintsBot.Cards;

namespace ComplaintsBot.Tests.Cards;

/// <summary>What a Teams notification or the activity feed shows for a card-only message: its summary.</summary>
public sealed class CardSummaryTests
{
    public static TheoryData<string> Samples => CardSamples.Samples;

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_card_has_a_summary_that_starts_with_its_heading(string sample)
    {
        var card = AdaptiveCardTemplate.Load(CardSamples.TemplateOf(sample)).Expand(CardSamples.LoadSample(sample));

        var summary = CardSummary.Of(card);

        Assert.False(string.IsNullOrWhiteSpace(summary), $"{sample} has no summary");
        Assert.True(summary!.Length <= CardSummary.MaxLength, summary);
    }

    [Fact]
    public void A_reminder_says_which_deadline_of_which_case_and_how_it_stands()
    {
        var card = AdaptiveCardTemplate.Load("reminder").Expand(CardSamples.LoadSample("reminder"));

        Assert.Equal("Reminder: Stage 1 response for case CMP-2026-0142 - Due soon", CardSummary.Of(card));
    }

    [Fact]
    public void A_summary_shows_a_name_as_typed_not_markdown_escaped()
    {
        var card = new JsonObject { ["type"] = "AdaptiveCard", ["body"] = new JsonArray(new JsonObject { ["type"] = "TextBlock", ["text"] = @"Case for \*\*Khan\*\*" }) };

        Assert.Equal("Case for **Khan**", CardSummary.Of(card));
    }

    [Fact]
    public async Task Every_card_only_message_a_turn_sends_carries_a_summary_and_a_text_message_is_left_alone()
    {
        var card = AdaptiveCardTemplate.Load("reminder").Expand(CardSamples.LoadSample("reminder"));
        var adapter = new TestAdapter().Use(new CardSummaryMiddleware());

        await new TestFlow(adapter, async (turn, ct) =>
            {
                await turn.SendActivityAsync(MessageFactory.Attachment(CardAttachment.Of(card)), ct);
                await turn.SendActivityAsync(MessageFactory.Text("plain words"), ct);
            })
            .Send("hi")
            .AssertReply(a => Assert.Equal("Reminder: Stage 1 response for case CMP-2026-0142 - Due soon", a.Summary))
            .AssertReply(a => Assert.Null(a.Summary))
            .StartTestAsync();
    }
}
