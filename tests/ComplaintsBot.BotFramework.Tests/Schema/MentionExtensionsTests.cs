using ComplaintsBot.BotFramework.Schema;

namespace ComplaintsBot.BotFramework.Tests.Schema;

public class MentionExtensionsTests
{
    [Fact]
    public void The_bots_mention_is_stripped_from_a_group_chat_message()
    {
        var activity = TeamsPayloads.Activity(TeamsPayloads.GroupMention);

        Assert.Equal("new case please", activity.RemoveRecipientMention());
        Assert.Equal("new case please", activity.Text);
    }

    [Fact]
    public void Mentions_of_other_people_stay_in_the_text()
    {
        var activity = BotJson.Deserialize<Activity>("""
            {"type":"message","text":"<at>Bot</at> assign to <at>Sam (Housing)</at>","recipient":{"id":"28:bot"},
             "entities":[{"type":"mention","mentioned":{"id":"28:bot"},"text":"<at>Bot</at>"},
                         {"type":"mention","mentioned":{"id":"29:sam"},"text":"<at>Sam (Housing)</at>"}]}
            """)!;

        Assert.Equal("assign to <at>Sam (Housing)</at>", activity.RemoveRecipientMention());
        Assert.Equal(["28:bot", "29:sam"], activity.GetMentions().Select(m => m.Mentioned!.Id));
    }

    [Fact]
    public void A_card_submit_without_text_is_left_alone()
    {
        var activity = TeamsPayloads.Activity(TeamsPayloads.CardSubmit);

        Assert.Null(activity.RemoveRecipientMention());
    }
}
