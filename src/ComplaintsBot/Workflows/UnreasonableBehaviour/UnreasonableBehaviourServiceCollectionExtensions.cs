using ComplaintsBot.CardActions;

namespace ComplaintsBot.Workflows.UnreasonableBehaviour;

public static class UnreasonableBehaviourServiceCollectionExtensions
{
    /// <summary>Ending the complaints process under the policy's provision for unreasonable behaviour (TCH 10.2, whg 2.27).</summary>
    public static IServiceCollection AddUnreasonableBehaviour(this IServiceCollection services)
    {
        services.AddSingleton<ICardAction, EndComplaintAction>();
        return services;
    }
}
