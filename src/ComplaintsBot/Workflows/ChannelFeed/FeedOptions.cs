namespace ComplaintsBot.Workflows.ChannelFeed;

/// <summary>The complaints channel feed's settings (configuration section "ChannelFeed").</summary>
public sealed class FeedOptions
{
    public const string SectionName = "ChannelFeed";

    /// <summary>Off stops the hosted feed monitor (tests drive sweeps themselves); <c>feed here</c> still records the channel.</summary>
    public bool Enabled { get; set; } = true;
    /// <summary>How often the feed posts what is new: a complaint appears in the channel within about this long of being logged.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromSeconds(30);
    /// <summary>How long a claim on a message holds; one claimed by an instance that died is taken over after it.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);
    /// <summary>The wait after the first failed send; it doubles after each further failure, up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromMinutes(1);
    /// <summary>The longest wait between tries: a feed post is never given up, Teams being down for a day included.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);
    /// <summary>Messages posted, updated or planned per sweep at most, so each sweep stays short.</summary>
    public int BatchSize { get; set; } = 100;
    /// <summary>This instance's name in claims; defaults to the machine name and process id.</summary>
    public string? InstanceName { get; set; }
}
