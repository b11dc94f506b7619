namespace ComplaintsBot.Workflows.Letters;

/// <summary>Settings of letter downloads (configuration section "Letters").</summary>
public sealed class LetterOptions
{
    public const string SectionName = "Letters";

    /// <summary>
    /// The address staff's browsers reach the bot at, e.g. https://complaintsbot.contoso.org, for download links;
    /// default https://{Dashboard:Host}, else the address the Teams request came in on.
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>How long a download link from the Letter button works. Short: the link itself is the permission.</summary>
    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// A folder for the keys that sign download links, shared by every instance of the bot; default ASP.NET Core's
    /// own key store for this machine (links then work only on the instance that issued them).
    /// </summary>
    public string? KeysFolder { get; set; }
}
