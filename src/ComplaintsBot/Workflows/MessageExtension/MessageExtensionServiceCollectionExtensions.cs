namespace ComplaintsBot.Workflows.MessageExtension;

public static class MessageExtensionServiceCollectionExtensions
{
    /// <summary>The message extension: "Log as a contact" on a message, and finding a case from the compose box.</summary>
    public static IServiceCollection AddMessageExtension(this IServiceCollection services)
    {
        services.AddSingleton<LogFromMessage>();
        services.AddSingleton<FindCase>();
        return services;
    }
}
