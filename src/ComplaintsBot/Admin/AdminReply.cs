using ComplaintsBot.BotFramework.Builder;
using ComplaintsBot.Cases.Staff;
using ComplaintsBot.Cases.Store;
using ComplaintsBot.Entra;

namespace ComplaintsBot.Admin;

/// <summary>"admin": the admin card for an administrator; anyone else is told who can give them roles.</summary>
public sealed class AdminReply(StaffDirectory directory, StaffAdministration administration, EntraRoleSync directoryRoles)
{
    public async Task SendAsync(ITurnContext context, CancellationToken cancellationToken)
    {
        if (await AdminAction.AdminAsync(context.Activity, directory, directoryRoles, cancellationToken) is null)
        {
            await context.SendActivityAsync(MessageFactory.Text(AdminAction.OnlyAdmins), cancellationToken);
            return;
        }
        var card = AdminCards.People(await administration.ListAsync(cancellationToken));
        await context.SendActivityAsync(MessageFactory.Attachment(AdminCards.AsAttachment(card)), cancellationToken);
    }
}

public static class AdminServiceCollectionExtensions
{
    /// <summary>The "admin" command and the admin card's four verbs.</summary>
    public static IServiceCollection AddAdminCard(this IServiceCollection services)
    {
        services.AddSingleton<AdminReply>();
        foreach (var verb in new[] { AdminCards.PeopleVerb, AdminCards.PersonVerb, AdminCards.SaveVerb, AdminCards.RefreshVerb })
        {
            services.AddSingleton<CardActions.ICardAction>(provider => new AdminAction(
                verb,
                provider.GetRequiredService<StaffDirectory>(),
                provider.GetRequiredService<StaffAdministration>(),
                provider.GetRequiredService<EntraRoleSync>()));
        }
        return services;
    }
}
