using ComplaintsBot.BotFramework.Authentication;
using ComplaintsBot.BotFramework.Builder;
using ComplaintsBot.BotFramework.Connector;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ComplaintsBot.BotFramework.Integration.AspNetCore;

public static class BotFrameworkEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps the bot's messaging endpoint (every method: the adapter answers non-POST with 405). Checks the
    /// configuration first and throws at startup when it is unsafe: local mode (no MicrosoftAppId) outside
    /// Development, an incomplete app registration, or an app id without a real authenticator and token provider.
    /// A turn is not cancelled when the caller disconnects (half-done turns would leave state half-saved),
    /// only when the application stops.
    /// </summary>
    public static IEndpointConventionBuilder MapBotMessages(this IEndpointRouteBuilder endpoints, string pattern = "/api/messages")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var services = endpoints.ServiceProvider;
        EnsureSafeConfiguration(
            services.GetRequiredService<IOptions<BotFrameworkOptions>>().Value,
            services.GetRequiredService<IHostEnvironment>(),
            services.GetService<IChannelRequestAuthenticator>(),
            services.GetService<IConnectorTokenProvider>());

        var stopping = services.GetService<IHostApplicationLifetime>()?.ApplicationStopping ?? CancellationToken.None;
        return endpoints.Map(pattern, context =>
        {
            var adapter = context.RequestServices.GetRequiredService<CloudAdapter>();
            var bot = context.RequestServices.GetRequiredService<IBot>();
            return adapter.ProcessAsync(context.Request, context.Response, bot, stopping);
        });
    }

    /// <summary>Throws <see cref="InvalidOperationException"/> naming what to fix when the bot must not start.</summary>
    public static void EnsureSafeConfiguration(BotFrameworkOptions options, IHostEnvironment environment, IChannelRequestAuthenticator? authenticator, IConnectorTokenProvider? tokenProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);

        if (options.IsLocalMode)
        {
            if (!environment.IsDevelopment())
                throw new InvalidOperationException(
                    "MicrosoftAppId is not configured, so the bot would run in local mode and accept requests that carry no token. " +
                    $"Local mode is allowed only when ASPNETCORE_ENVIRONMENT is Development (it is '{environment.EnvironmentName}'). " +
                    "Set MicrosoftAppId, MicrosoftAppPassword, MicrosoftAppType and MicrosoftAppTenantId, or run in Development.");
            return;
        }

        var problems = options.Validate().ToList();
        if (authenticator is null || authenticator.IsAuthenticationDisabled)
            problems.Add($"MicrosoftAppId is set but no token-validating {nameof(IChannelRequestAuthenticator)} is registered.");
        if (tokenProvider is null or LocalConnectorTokenProvider)
            problems.Add($"MicrosoftAppId is set but no {nameof(IConnectorTokenProvider)} that obtains a Connector token is registered.");
        if (problems.Count > 0)
            throw new InvalidOperationException("The bot's Bot Framework configuration is incomplete: " + string.Join(" ", problems));
    }
}
