using ComplaintsBot.BotFramework.Schema;

namespace ComplaintsBot.BotFramework.Tests.Schema;

public class TeamsActivityExtensionsTests
{
    [Fact]
    public void The_tenant_is_copied_from_channel_data_when_the_conversation_has_none()
    {
        var activity = TeamsPayloads.Activity(TeamsPayloads.CardSubmit);
        Assert.Null(activity.Conversation!.TenantId);

        activity.NormalizeTenantId();

        Assert.Equal(TeamsPayloads.TenantId, activity.Conversation.TenantId);
    }

    [Fact]
    public void A_tenant_already_on_the_conversation_is_left_as_it_is()
    {
        var activity = BotJson.Deserialize<Activity>("""
            {"type":"message","conversation":{"id":"a:1","tenantId":"conversation-tenant"},"channelData":{"tenant":{"id":"channel-data-tenant"}}}
            """)!;

        activity.NormalizeTenantId();

        Assert.Equal("conversation-tenant", activity.Conversation!.TenantId);
    }

    [Fact]
    public void Normalising_an_activity_without_channel_data_or_conversation_changes_nothing()
    {
        var activity = new Activity { Type = ActivityTypes.Message, Conversation = new ConversationAccount(id: "a:1") };

        activity.NormalizeTenantId();
        new Activity { Type = ActivityTypes.Message }.NormalizeTenantId();

        Assert.Null(activity.Conversation.TenantId);
    }

    [Fact]
    public void The_tenant_id_is_read_from_the_conversation_else_from_channel_data()
    {
        Assert.Equal(TeamsPayloads.TenantId, TeamsPayloads.Activity(TeamsPayloads.CardSubmit).GetTenantId());
        Assert.Equal(TeamsPayloads.TenantId, TeamsPayloads.Activity(TeamsPayloads.CardSubmit).TeamsGetTenant()!.Id);
        Assert.Null(new Activity().GetTenantId());
    }

    [Fact]
    public void The_senders_entra_object_id_is_read_from_from_aad_object_id()
    {
        Assert.Equal("7faf2a55-e9c3-4d1e-9a62-0c6a4f3c1d10", TeamsPayloads.Activity(TeamsPayloads.AdaptiveCardAction).GetFromAadObjectId());
        Assert.Null(new Activity { From = new ChannelAccount("29:x") }.GetFromAadObjectId());
    }

    [Fact]
    public void Team_and_channel_ids_are_read_from_channel_data()
    {
        var activity = BotJson.Deserialize<Activity>("""
            {"type":"message","channelData":{"team":{"id":"19:team@thread.tacv2"},"channel":{"id":"19:general@thread.tacv2"}}}
            """)!;

        Assert.Equal("19:team@thread.tacv2", activity.TeamsGetTeamId());
        Assert.Equal("19:general@thread.tacv2", activity.TeamsGetChannelId());
    }
}
