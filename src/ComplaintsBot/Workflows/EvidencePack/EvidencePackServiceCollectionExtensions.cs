using ComplaintsBot.CardActions;

namespace ComplaintsBot.Workflows.EvidencePack;

public static class EvidencePackServiceCollectionExtensions
{
    /// <summary>
    /// The evidence pack: its builder, the audited export, and the case card's Evidence pack verb (its download links
    /// are the letters' signed links, <see cref="Letters.LetterLinks"/>, registered by AddLetters).
    /// </summary>
    public static IServiceCollection AddEvidencePack(this IServiceCollection services)
    {
        services.AddSingleton<EvidencePackBuilder>();
        services.AddSingleton<EvidencePacks>();
        services.AddSingleton<ICardAction, EvidencePackAction>();
        return services;
    }
}
