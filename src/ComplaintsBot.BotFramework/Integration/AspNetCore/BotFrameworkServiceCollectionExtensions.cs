using ComplaintsBot.BotFramework.Authentication;
using ComplaintsBot.BotFramework.Builder;
using ComplaintsBot.BotFramework.Connector;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ComplaintsBot.BotFramework.Integration.AspNetCore;

public static class BotFrameworkServiceCollectionExtensions
{
    /// <summary>
    /// Registers the CloudAdapter and the Connector client. Binds MicrosoftAppType, MicrosoftAppId,
    /// MicrosoftAppPassword and MicrosoftAppTenantId from the configuration root, and Connector settings
    /// from BotFramework:Connector (loopback service URLs are allowed by default in Development only).
    /// With no MicrosoftAppId it registers the local-mode seams (no inbound token required, no outbound
    /// token); with one, the Bot Framework JWT validator and the MSAL app credentials.
    /// The host registers its <see cref="IBot"/>.
    /// </summary>
    public static IServiceCollection AddBotFramework(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.Configure<BotFrameworkOptions>(configuration);
        var connectorSection = configuration.GetSection(ConnectorClientOptions.SectionName);
        services.AddOptions<ConnectorClientOptions>()
            .Configure<IServiceProvider>((options, provider) =>
            {
                options.AllowLoopbackServiceUrls = provider.GetService<IHostEnvironment>()?.IsDevelopment() == true;
                connectorSection.Bind(options);
            });
        services.AddOptions<TurnErrorOptions>();
        // The factory's own handlers would log four Information lines per Connector call, each naming the
        // conversation in its URL; ConnectorClient logs the calls that fail, with the Connector's error code.
        services.AddHttpClient(ConnectorClientFactory.HttpClientName)
            .RemoveAllLoggers()
            // The budgets are the resilience pipeline's (ConnectorResilience); this is only a backstop.
            .ConfigureHttpClient((provider, client) => client.Timeout = provider.GetRequiredService<IOptions<ConnectorClientOptions>>().Value.TotalTimeout + TimeSpan.FromSeconds(5));
        services.TryAddSingleton(TimeProvider.System);

        if (string.IsNullOrWhiteSpace(configuration[nameof(BotFrameworkOptions.MicrosoftAppId)]))
        {
            services.TryAddSingleton<IChannelRequestAuthenticator>(_ => new LocalChannelRequestAuthenticator());
            services.TryAddSingleton<IConnectorTokenProvider, LocalConnectorTokenProvider>();
        }
        else
        {
            // With an app id: Bot Framework JWT validation inbound, MSAL client credentials outbound.
            services.AddBotFrameworkAuthentication(configuration);
            services.TryAddSingleton<IChannelRequestAuthenticator>(provider => provider.GetRequiredService<BotFrameworkAuthentication>());
            services.TryAddSingleton<IConnectorTokenProvider>(provider => provider.GetRequiredService<AppCredentials>());
        }

        services.TryAddSingleton<IConnectorClientFactory, ConnectorClientFactory>();
        services.TryAddSingleton<ConversationTurnLocks>();
        services.TryAddSingleton<CloudAdapter>();
        services.TryAddSingleton<BotAdapter>(provider => provider.GetRequiredService<CloudAdapter>());
        return services;
    }
}
