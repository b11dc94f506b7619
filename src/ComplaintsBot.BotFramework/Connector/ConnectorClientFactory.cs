using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Polly;

namespace ComplaintsBot.BotFramework.Connector;

/// <summary>Connector clients over the named HttpClient "BotConnector", sharing one retry pipeline.</summary>
public sealed class ConnectorClientFactory : IConnectorClientFactory
{
    public const string HttpClientName = "BotConnector";

    private readonly IHttpClientFactory _httpClientFactory;
    private readonly IConnectorTokenProvider _tokenProvider;
    private readonly ServiceUrlAllowList _allowList;
    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;
    private readonly ILogger _logger;

    public ConnectorClientFactory(
        IHttpClientFactory httpClientFactory,
        IConnectorTokenProvider tokenProvider,
        IOptions<ConnectorClientOptions> options,
        TimeProvider? timeProvider = null,
        ILogger<ConnectorClient>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _httpClientFactory = httpClientFactory ?? throw new ArgumentNullException(nameof(httpClientFactory));
        _tokenProvider = tokenProvider ?? throw new ArgumentNullException(nameof(tokenProvider));
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _allowList = new ServiceUrlAllowList(options.Value);
        _pipeline = ConnectorResilience.CreatePipeline(options.Value, timeProvider, _logger);
    }

    public ConnectorClient Create(string serviceUrl) =>
        new(_httpClientFactory.CreateClient(HttpClientName), serviceUrl, _tokenProvider, _allowList, _pipeline, _logger);
}
