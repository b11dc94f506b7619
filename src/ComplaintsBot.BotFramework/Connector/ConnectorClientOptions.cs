namespace ComplaintsBot.BotFramework.Connector;

/// <summary>Timeout, retry and service-URL settings for Connector calls (configuration section BotFramework:Connector).</summary>
public class ConnectorClientOptions
{
    public const string SectionName = "BotFramework:Connector";

    /// <summary>Retries after the first attempt on 429, 5xx and connection failures.</summary>
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>First backoff delay; it doubles each retry, with jitter.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest backoff delay.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(4);

    /// <summary>
    /// Longest Retry-After the client will wait; a longer one is cut to this. Short because a turn waits on it holding its
    /// conversation's lock, inside <see cref="TotalTimeout"/>. Reminders need no longer budget here: a failed reminder
    /// send is retried by the reminder monitor itself, a minute later and doubling (Reminders:FirstRetryDelay).
    /// </summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long one attempt may take before it is abandoned and retried (it holds the conversation's turn lock).</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(4);

    /// <summary>How long a call may take with all its retries; then it fails (Polly's TimeoutRejectedException).</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Refuse to send a bearer token to a service URL off the allow list (defence in depth).</summary>
    public bool EnforceServiceUrlAllowList { get; set; } = true;

    /// <summary>Allow http(s)://localhost and 127.0.0.1 / ::1 (Development and tests only).</summary>
    public bool AllowLoopbackServiceUrls { get; set; }

    /// <summary>Hosts allowed besides <see cref="ServiceUrlAllowList.DefaultHosts"/>, e.g. a regional endpoint.</summary>
    public IList<string> AdditionalAllowedServiceUrlHosts { get; set; } = [];
}
