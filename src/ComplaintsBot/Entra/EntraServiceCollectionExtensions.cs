using ComplaintsBot.BotFramework.Integration.AspNetCore;
using ComplaintsBot.Cases.Domain;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Kiota.Abstractions.Authentication;

namespace ComplaintsBot.Entra;

public static class EntraServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="EntraRoleSync"/> and, used only once a group is mapped to a role, the Graph client with the
    /// app's credentials (which default to the bot's own registration). The options are bound by the host.
    /// </summary>
    public static IServiceCollection AddEntraDirectory(this IServiceCollection services)
    {
        services.AddOptions<EntraDirectoryOptions>()
            .PostConfigure<IOptions<BotFrameworkOptions>>((options, bot) =>
            {
                options.TenantId ??= bot.Value.MicrosoftAppTenantId;
                options.ClientId ??= bot.Value.MicrosoftAppId;
                options.ClientSecret ??= bot.Value.MicrosoftAppPassword;
            })
            .Validate<Cases.Staff.StaffAdministration>(
                (options, staff) => options.GroupRoles.Values.All(role => staff.KnownRoles.Contains(role.Trim(), StringComparer.OrdinalIgnoreCase)),
                $"{EntraDirectoryOptions.SectionName}:GroupRoles maps a group to a role that is neither the bot's (officer, team-leader, manager, complaints-manager, senior-manager, admin) nor one a policy names.")
            .ValidateOnStart();
        services.TryAddSingleton<IAccessTokenProvider, GraphAppTokenProvider>();
        services.TryAddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<EntraDirectoryOptions>>().Value;
            var authentication = new BaseBearerTokenAuthenticationProvider(provider.GetRequiredService<IAccessTokenProvider>());
            return new GraphServiceClient(authentication, options.GraphBaseUrl.TrimEnd('/'));
        });
        services.TryAddSingleton<EntraDirectory>();
        services.TryAddSingleton<EntraRoleSync>();
        return services;
    }
}
