using ComplaintsBot.CardActions;

namespace ComplaintsBot.Workflows.Escalation;

public static class EscalationServiceCollectionExtensions
{
    /// <summary>
    /// Escalation to the next stage: the escalate verb (its form is a static view), and a late request's decision by the
    /// decider the policy names (its card, routing and verbs).
    /// </summary>
    public static IServiceCollection AddEscalation(this IServiceCollection services)
    {
        services.AddSingleton<LateEscalationCards>();
        services.AddSingleton<LateEscalationRouting>();
        services.AddSingleton<ICardAction, EscalateAction>();
        services.AddSingleton<ICardAction>(provider => ActivatorUtilities.CreateInstance<LateEscalationDecisionAction>(provider, true));
        services.AddSingleton<ICardAction>(provider => ActivatorUtilities.CreateInstance<LateEscalationDecisionAction>(provider, false));
        return services;
    }
}
