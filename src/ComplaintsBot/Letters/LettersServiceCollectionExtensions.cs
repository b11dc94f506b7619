using Microsoft.AspNetCore.DataProtection;

namespace ComplaintsBot.Letters;

public static class LettersServiceCollectionExtensions
{
    /// <summary>Letter downloads: signed links (ASP.NET Core Data Protection) and who may use them.</summary>
    public static IServiceCollection AddLetterDownloads(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<LetterOptions>(configuration.GetSection(LetterOptions.SectionName));
        var keys = services.AddDataProtection().SetApplicationName("ComplaintsBot");
        if (configuration.GetSection(LetterOptions.SectionName).Get<LetterOptions>()?.KeysFolder is { Length: > 0 } folder)
            keys.PersistKeysToFileSystem(new DirectoryInfo(folder));
        services.AddHttpContextAccessor();
        services.AddSingleton<LetterLinks>();
        services.AddSingleton<LetterAccess>();
        return services;
    }
}
