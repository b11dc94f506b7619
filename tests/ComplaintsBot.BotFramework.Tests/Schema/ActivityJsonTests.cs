using System.Text.Json.Nodes;
using ComplaintsBot.BotFramework.Schema;

namespace ComplaintsBot.BotFramework.Tests.Schema;

public class ActivityJsonTests
{
    public static TheoryData<string> TeamsPayloadNames => new()
    {
        "message", "card-submit", "adaptive-card-action", "installation-update-add",
        "conversation-update-members-added", "unknown-invoke", "group-mention",
    };

    [Theory]
    [MemberData(nameof(TeamsPayloadNames))]
    public void A_Teams_activity_survives_a_round_trip_with_every_field_including_unknown_ones(string payloadName)
    {
        var json = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Payloads", payloadName + ".json"));

        var roundTripped = BotJson.Serialize(BotJson.Deserialize<Activity>(json));

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), JsonNode.Parse(roundTripped)), roundTripped);
    }

    [Fact]
    public void A_message_reads_its_typed_fields()
    {
        var activity = TeamsPayloads.Activity(TeamsPayloads.Message);

        Assert.Equal(ActivityTypes.Message, activity.Type);
        Assert.Equal("Hello bot", activity.Text);
        Assert.Equal(TeamsPayloads.UserId, activity.From!.Id);
        Assert.Equal("7faf2a55-e9c3-4d1e-9a62-0c6a4f3c1d10", activity.From.AadObjectId);
        Assert.Equal(TeamsPayloads.BotId, activity.Recipient!.Id);
        Assert.Equal("personal", activity.Conversation!.ConversationType);
        Assert.Equal(TeamsPayloads.ServiceUrl, activity.ServiceUrl);
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 10, 15, 7, 437, TimeSpan.Zero), activity.Timestamp);
        Assert.Equal(TimeSpan.Zero, activity.LocalTimestamp!.Value.Offset);
    }

    [Fact]
    public void A_local_timestamp_keeps_the_senders_offset()
    {
        var activity = BotJson.Deserialize<Activity>("""{"type":"message","localTimestamp":"2026-07-01T09:30:00+01:00"}""")!;

        Assert.Equal(TimeSpan.FromHours(1), activity.LocalTimestamp!.Value.Offset);
        Assert.Contains("\"localTimestamp\":\"2026-07-01T09:30:00+01:00\"", BotJson.Serialize(activity));
    }

    [Fact]
    public void A_card_submit_is_a_message_with_a_value_and_no_text()
    {
        var activity = TeamsPayloads.Activity(TeamsPayloads.CardSubmit);

        Assert.True(activity.IsCardSubmit());
        Assert.Null(activity.Text);
        Assert.Equal("complaint", (string?)activity.Value!["category"]);
        Assert.Equal("1732443350999", activity.ReplyToId);
    }

    [Fact]
    public void Unknown_fields_are_kept_at_the_top_level_and_inside_nested_objects()
    {
        var activity = BotJson.Deserialize<Activity>("""
            {"type":"message","futureField":{"a":1},
             "from":{"id":"29:x","userRole":"user"},
             "conversation":{"id":"a:1","futureFlag":true},
             "attachments":[{"contentType":"x","layoutHint":"wide"}]}
            """)!;

        var json = JsonNode.Parse(BotJson.Serialize(activity))!;

        Assert.Equal(1, (int)json["futureField"]!["a"]!);
        Assert.Equal("user", (string?)json["from"]!["userRole"]);
        Assert.True((bool)json["conversation"]!["futureFlag"]!);
        Assert.Equal("wide", (string?)json["attachments"]![0]!["layoutHint"]);
    }

    [Fact]
    public void Outgoing_json_is_camel_case_and_omits_nulls()
    {
        var activity = new Activity { Type = ActivityTypes.Message, Text = "Hi", ReplyToId = "1", Conversation = new ConversationAccount(id: "a:1") };

        var json = BotJson.Serialize(activity);

        Assert.Equal("""{"type":"message","conversation":{"id":"a:1"},"text":"Hi","replyToId":"1"}""", json);
    }

    [Fact]
    public void Field_names_are_read_case_insensitively_and_unknown_activity_types_are_accepted()
    {
        var activity = BotJson.Deserialize<Activity>("""{"Type":"someFutureType","TEXT":"x"}""")!;

        Assert.Equal("someFutureType", activity.Type);
        Assert.Equal("x", activity.Text);
    }

    [Fact]
    public void An_adaptive_card_attachment_keeps_its_content_as_a_json_object_not_a_string()
    {
        var card = new JsonObject { ["type"] = "AdaptiveCard", ["version"] = "1.5", ["body"] = new JsonArray() };
        var activity = new Activity { Type = ActivityTypes.Message, Attachments = [new Attachment { ContentType = Attachment.AdaptiveCardContentType, Content = card }] };

        var json = JsonNode.Parse(BotJson.Serialize(activity))!;

        Assert.IsType<JsonObject>(json["attachments"]![0]!["content"]);
        Assert.Equal("1.5", (string?)json["attachments"]![0]!["content"]!["version"]);
    }
}
