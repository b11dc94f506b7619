namespace ComplaintsBot.Workflows.SubjectAccess;

public static class SubjectAccessServiceCollectionExtensions
{
    /// <summary>Subject access: the document of everything held about a customer, and the record of each request.</summary>
    public static IServiceCollection AddSubjectAccess(this IServiceCollection services)
    {
        services.AddSingleton<SubjectAccessExport>();
        services.AddSingleton<SubjectAccessExtension>();
        return services;
    }
}
