using ComplaintsBot.Cases.Rules;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ComplaintsBot.Entra;

public static class CaseAccessServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="CaseAccess"/> (the domain's rule on who sees which case) with the roles it reads from Entra ID;
    /// its options come from "ComplaintsBot:Access" where the host binds them.
    /// </summary>
    public static IServiceCollection AddCaseAccess(this IServiceCollection services)
    {
        services.AddOptions<CaseAccessOptions>();
        services.AddEntraDirectory();
        services.TryAddSingleton<CaseAccess>();
        return services;
    }
}
