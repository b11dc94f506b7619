using ComplaintsBot.CardActions;
using Microsoft.AspNetCore.DataProtection;

namespace ComplaintsBot.Workflows.Letters;

public static class LettersServiceCollectionExtensions
{
    /// <summary>
    /// Response letters: the letter verb, the letter itself, and its downloads (signed links with ASP.NET Core Data
    /// Protection, and who may use them).
    /// </summary>
    public static IServiceCollection AddLetters(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<LetterOptions>(configuration.GetSection(LetterOptions.SectionName));
        var keys = services.AddDataProtection().SetApplicationName("ComplaintsBot");
        if (configuration.GetSection(LetterOptions.SectionName).Get<LetterOptions>()?.KeysFolder is { Length: > 0 } folder)
            keys.PersistKeysToFileSystem(new DirectoryInfo(folder));
        services.AddHttpContextAccessor();
        services.AddSingleton<LetterLinks>();
        services.AddSingleton<LetterAccess>();
        services.AddSingleton<StageResponseLetters>();
        services.AddSingleton<ICardAction, LetterAction>();
        return services;
    }
}
