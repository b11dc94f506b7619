namespace ComplaintsBot.Workflows.Erasure;

public static class ErasureServiceCollectionExtensions
{
    /// <summary>Erasure on request: one customer's data anonymised across their cases.</summary>
    public static IServiceCollection AddErasure(this IServiceCollection services)
    {
        services.AddSingleton<UnfinishedDrafts>();
        services.AddSingleton<CustomerErasure>();
        return services;
    }
}
