using ComplaintsBot.CardActions;

namespace ComplaintsBot.Workflows.ChannelFeed;

public static class ChannelFeedServiceCollectionExtensions
{
    /// <summary>
    /// The complaints channel feed: the "feed" command, the feed card and its button, and the monitor that posts and
    /// updates it (a hosted service sweeping every ChannelFeed:SweepInterval).
    /// </summary>
    public static IServiceCollection AddChannelFeed(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<FeedOptions>()
            // Read from the host's configuration when first used, so settings added after registration (tests) count.
            .BindConfiguration(FeedOptions.SectionName)
            .Validate(o => o.SweepInterval > TimeSpan.Zero && o.Lease > TimeSpan.Zero && o.BatchSize > 0,
                "ChannelFeed:SweepInterval, Lease and BatchSize must be more than zero.")
            .ValidateOnStart();
        services.AddChannelFeedCommand();
        services.AddSingleton<FeedCard>();
        services.AddSingleton<FeedSweep>();
        services.AddHostedService<FeedMonitor>();
        services.AddSingleton<ICardAction, FeedOpenCaseAction>();
        return services;
    }

    /// <summary>The "feed" command alone (what the root dialog answers with), for hosts without the monitor.</summary>
    public static IServiceCollection AddChannelFeedCommand(this IServiceCollection services)
    {
        services.AddSingleton<ChannelFeeds>();
        services.AddSingleton<FeedCommand>();
        return services;
    }
}
