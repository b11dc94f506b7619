using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace ComplaintsBot.BotFramework.Authentication;

/// <summary>Registers inbound and outbound Bot Framework authentication as singletons (they hold the key and token caches).</summary>
public static class BotFrameworkAuthenticationServiceCollectionExtensions
{
    /// <summary>
    /// Reads and validates the settings now, so a misconfigured host fails at startup, then registers
    /// <see cref="BotFrameworkAuthenticationOptions"/>, <see cref="BotFrameworkAuthentication"/> and
    /// <see cref="AppCredentials"/> (<see cref="AppCredentials.Empty"/> when no app id is set).
    /// Refusing local mode outside Development is the host's decision (it knows the environment).
    /// </summary>
    public static IServiceCollection AddBotFrameworkAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = BotFrameworkAuthenticationOptions.FromConfiguration(configuration);
        options.Validate();

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(options);
        services.AddSingleton(provider => new BotFrameworkAuthentication(
            options,
            // A long-lived client, so connections are recycled to follow DNS changes of the metadata host.
            new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(15) })
            {
                Timeout = TimeSpan.FromSeconds(30),
            },
            provider.GetRequiredService<TimeProvider>(),
            provider.GetService<ILogger<BotFrameworkAuthentication>>()));
        services.AddSingleton(_ => AppCredentialsFactory.Create(options));
        return services;
    }
}
