using ComplaintsBot.CardActions;

namespace ComplaintsBot.Workflows.Escalation;

public static class EscalationServiceCollectionExtensions
{
    /// <summary>Escalation to the next stage: the escalate verb (its form is a static view).</summary>
    public static IServiceCollection AddEscalation(this IServiceCollection services)
    {
        services.AddSingleton<ICardAction, EscalateAction>();
        return services;
    }
}
