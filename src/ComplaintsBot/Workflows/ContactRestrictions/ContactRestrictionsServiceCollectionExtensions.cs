using ComplaintsBot.CardActions;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ComplaintsBot.Workflows.ContactRestrictions;

public static class ContactRestrictionsServiceCollectionExtensions
{
    /// <summary>Restricting a customer's contact for unacceptable behaviour, and reviewing the restriction (Code 5.14-5.15).</summary>
    public static IServiceCollection AddContactRestrictions(this IServiceCollection services)
    {
        services.TryAddSingleton<ContactRestrictionNotices>();
        services.AddSingleton<ICardAction, RestrictContactAction>();
        services.AddSingleton<ICardAction, ReviewContactRestrictionAction>();
        return services;
    }
}
