using ComplaintsBot.Bot.Proactive;
using ComplaintsBot.Cases.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

using ComplaintsBot.Tests.Hosting;

namespace ComplaintsBot.Tests.Bot.Proactive;

public sealed class ConversationReferenceTests : HostTestBase
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero));

    private ConversationReferenceStore References => Host.GetService<ConversationReferenceStore>();

    protected override void Override(IServiceCollection services) => services.AddSingleton<TimeProvider>(_clock);

    private async Task<DateTimeOffset> LastSeenAsync()
    {
        await using var db = await Host.GetService<IDbContextFactory<CasesDbContext>>().CreateDbContextAsync();
        return (await db.ConversationReferences.AsNoTracking().SingleAsync(r => r.ConversationId == Teams.ConversationId)).UpdatedAt;
    }

    [Fact]
    public async Task A_turn_that_changes_nothing_leaves_the_reference_unwritten_and_its_last_seen_time_moves_once_an_hour()
    {
        await Host.PostActivityAsync(Teams.Message("help"));
        var first = await LastSeenAsync();

        _clock.Advance(TimeSpan.FromMinutes(59));
        await Host.PostActivityAsync(Teams.Message("help"));
        var withinTheHour = await LastSeenAsync();
        _clock.Advance(TimeSpan.FromMinutes(1));
        await Host.PostActivityAsync(Teams.Message("help"));
        var anHourOn = await LastSeenAsync();

        Assert.Equal(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero), first);
        Assert.Equal(first, withinTheHour);
        Assert.Equal(new DateTimeOffset(2026, 12, 7, 10, 0, 0, TimeSpan.Zero), anHourOn);
    }

    [Fact]
    public async Task A_turn_from_a_new_service_url_moves_the_last_seen_time_at_once()
    {
        await Host.PostActivityAsync(Teams.Message("help"));
        _clock.Advance(TimeSpan.FromMinutes(5));
        Teams.ServiceUrl = Channel.ServiceUrl + "emea/";

        await Host.PostActivityAsync(Teams.Message("help"));

        Assert.Equal(new DateTimeOffset(2026, 12, 7, 9, 5, 0, TimeSpan.Zero), await LastSeenAsync());
    }

    [Fact]
    public async Task The_first_message_saves_where_the_user_can_be_reached()
    {
        await Host.PostActivityAsync(Teams.Message("help"));

        var reference = await References.FindPersonalAsync(TeamsActivities.UserAadObjectId, CancellationToken.None);

        Assert.NotNull(reference);
        Assert.Equal(Channel.ServiceUrl, reference.ServiceUrl);
        Assert.Equal(Teams.ConversationId, reference.Conversation?.Id);
        Assert.Equal(TeamsActivities.TenantId, reference.Conversation?.TenantId);
        Assert.Equal(TeamsActivities.UserId, reference.User?.Id);
        Assert.Equal(TeamsActivities.BotId, reference.Bot?.Id);
        Assert.Null(reference.ActivityId);
    }

    [Fact]
    public async Task A_later_turn_from_a_new_service_url_refreshes_the_saved_reference()
    {
        await Host.PostActivityAsync(Teams.Message("help"));
        Teams.ServiceUrl = Channel.ServiceUrl + "emea/";

        await Host.PostActivityAsync(Teams.Message("help"));

        var reference = await References.FindPersonalAsync(TeamsActivities.UserAadObjectId, CancellationToken.None);
        Assert.Equal(Channel.ServiceUrl + "emea/", reference?.ServiceUrl);
        Assert.StartsWith("/emea/v3/conversations/", Channel.Calls[^1].Path);
    }

    [Fact]
    public async Task Removing_the_app_marks_the_user_unreachable_until_they_write_again()
    {
        await Host.PostActivityAsync(Teams.InstallationUpdate("add"));

        await Host.PostActivityAsync(Teams.InstallationUpdate("remove"));
        var afterRemoval = await References.FindPersonalAsync(TeamsActivities.UserAadObjectId, CancellationToken.None);
        await Host.PostActivityAsync(Teams.Message("help"));
        var afterMessage = await References.FindPersonalAsync(TeamsActivities.UserAadObjectId, CancellationToken.None);

        Assert.Null(afterRemoval);
        Assert.NotNull(afterMessage);
    }
}
