namespace ComplaintsBot.BotFramework.Connector;

/// <summary>
/// Where the bot may send its Connector token. Validating the serviceurl claim on inbound requests is
/// what establishes trust (Bot Framework authentication: the channel's token names the service URL it may be answered at); this check is defence in depth for stored URLs.
/// </summary>
public sealed class ServiceUrlAllowList
{
    /// <summary>Teams' public and government Connector hosts.</summary>
    public static readonly IReadOnlyList<string> DefaultHosts =
    [
        "smba.trafficmanager.net",
        "smba.infra.gcc.teams.microsoft.com",
        "smba.infra.gov.teams.microsoft.us",
        "smba.infra.dod.teams.microsoft.us",
    ];

    private readonly ConnectorClientOptions _options;
    private readonly HashSet<string> _hosts;

    public ServiceUrlAllowList(ConnectorClientOptions options)
    {
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _hosts = new HashSet<string>(DefaultHosts.Concat(options.AdditionalAllowedServiceUrlHosts), StringComparer.OrdinalIgnoreCase);
    }

    public bool IsAllowed(Uri serviceUrl)
    {
        ArgumentNullException.ThrowIfNull(serviceUrl);
        if (!_options.EnforceServiceUrlAllowList) return true;
        if (serviceUrl.IsLoopback) return _options.AllowLoopbackServiceUrls;
        return serviceUrl.Scheme == Uri.UriSchemeHttps && _hosts.Contains(serviceUrl.Host);
    }

    public void EnsureAllowed(Uri serviceUrl)
    {
        if (!IsAllowed(serviceUrl))
            throw new InvalidOperationException(
                $"The service URL '{serviceUrl.GetLeftPart(UriPartial.Authority)}' is not on the Connector allow list, so the bot will not send its token there. " +
                $"If it is a genuine Bot Framework endpoint, add its host to {ConnectorClientOptions.SectionName}:{nameof(ConnectorClientOptions.AdditionalAllowedServiceUrlHosts)}.");
    }
}
