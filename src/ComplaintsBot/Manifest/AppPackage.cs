using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ComplaintsBot.Manifest;

/// <summary>What one landlord's app package says about itself: the bot, the Teams app, its version and who publishes it.</summary>
/// <param name="BotAppId">The bot's Microsoft App ID (bots[].botId, the SSO app).</param>
/// <param name="Host">The host's domain: the tab, the privacy and terms pages, valid domains.</param>
/// <param name="TeamsAppId">The Teams app's own id (manifest <c>id</c>); by default the bot's id, so each landlord's app is its own.</param>
/// <param name="Version">The app's version, x.y.z; Teams offers an update only when it goes up.</param>
/// <param name="DeveloperName">Who publishes the app (developer.name, at most 32 characters).</param>
/// <param name="DeveloperWebsite">The publisher's website (https).</param>
/// <param name="MpnId">The publisher's Microsoft Partner Network id, when it has one.</param>
public sealed record AppPackageSettings(
    Guid BotAppId,
    string Host,
    Guid? TeamsAppId = null,
    string? Version = null,
    string? DeveloperName = null,
    Uri? DeveloperWebsite = null,
    string? MpnId = null);

/// <summary>
/// Builds the Teams app package (appPackage.zip): manifest.json with the bot's app id, the Teams app id, version and
/// developer details and the host's domain filled in, and the two icons, at the root of the zip as Teams requires.
/// The privacy and terms links point at the pages the host serves (<c>/privacy</c>, <c>/terms</c>).
/// </summary>
public static partial class AppPackage
{
    /// <summary>The bot id the committed manifest.json carries until it is packaged.</summary>
    public const string PlaceholderAppId = "00000000-0000-0000-0000-000000000000";
    /// <summary>The domain the committed manifest.json carries until it is packaged.</summary>
    public const string PlaceholderHost = "complaintsbot.example.com";
    public static readonly string[] Files = ["manifest.json", "color.png", "outline.png"];

    /// <summary>The manifest with <paramref name="appId"/> as bot id, SSO app and Teams app id, and <paramref name="host"/> as its domain.</summary>
    public static JsonNode Fill(JsonNode manifest, Guid appId, string host) => Fill(manifest, new AppPackageSettings(appId, host));

    /// <summary>The manifest filled in from <paramref name="settings"/>.</summary>
    /// <exception cref="ArgumentException">A setting Teams would refuse, named.</exception>
    public static JsonNode Fill(JsonNode manifest, AppPackageSettings settings)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.BotAppId == Guid.Empty) throw new ArgumentException("The bot's app id cannot be the empty GUID.", nameof(settings));
        if (settings.TeamsAppId == Guid.Empty) throw new ArgumentException("The Teams app id cannot be the empty GUID.", nameof(settings));
        var host = settings.Host;
        if (!HostPattern().IsMatch(host))
            throw new ArgumentException($"'{host}' is not a host name; give the domain only, as complaintsbot.contoso.org.", nameof(settings));
        if (settings.Version is { } version && !VersionPattern().IsMatch(version))
            throw new ArgumentException($"'{version}' is not an app version; Teams takes three numbers, as 1.4.0.", nameof(settings));
        if (settings.DeveloperName is { } name && (name.Trim().Length == 0 || name.Length > 32))
            throw new ArgumentException($"'{name}' is not a developer name Teams takes: 1 to 32 characters.", nameof(settings));
        if (settings.DeveloperWebsite is { } website && website.Scheme != Uri.UriSchemeHttps)
            throw new ArgumentException($"'{website}' is not an https address; Teams needs the developer's website on https.", nameof(settings));
        if (settings.MpnId is { } mpn && !MpnPattern().IsMatch(mpn))
            throw new ArgumentException($"'{mpn}' is not a Microsoft Partner Network id (digits only, at most 10).", nameof(settings));

        var botId = settings.BotAppId.ToString("D");
        // Text replacement keeps the author's layout and reaches every URL (tab, developer links, SSO resource).
        var text = manifest.ToJsonString().Replace(PlaceholderAppId, botId, StringComparison.Ordinal).Replace(PlaceholderHost, host, StringComparison.Ordinal);
        var filled = JsonNode.Parse(text)!.AsObject();
        filled["id"] = (settings.TeamsAppId ?? settings.BotAppId).ToString("D");
        if (settings.Version is { } appVersion) filled["version"] = appVersion;
        var developer = filled["developer"]?.AsObject() ?? [];
        filled["developer"] = developer;
        if (settings.DeveloperName is { } developerName) developer["name"] = developerName.Trim();
        if (settings.DeveloperWebsite is { } developerWebsite) developer["websiteUrl"] = developerWebsite.AbsoluteUri;
        // The host serves both pages with the landlord's text (Legal:PrivacyText / Legal:TermsText).
        developer["privacyUrl"] = $"https://{host}/privacy";
        developer["termsOfUseUrl"] = $"https://{host}/terms";
        if (settings.MpnId is { } mpnId) developer["mpnId"] = mpnId;
        return filled;
    }

    /// <summary>Writes the zip to <paramref name="output"/> from the manifest folder; returns the filled manifest.</summary>
    public static JsonNode Write(string manifestFolder, Guid appId, string host, string output) =>
        Write(manifestFolder, new AppPackageSettings(appId, host), output);

    /// <summary>Writes the zip to <paramref name="output"/> from the manifest folder; returns the filled manifest.</summary>
    public static JsonNode Write(string manifestFolder, AppPackageSettings settings, string output)
    {
        foreach (var file in Files)
            if (!File.Exists(Path.Combine(manifestFolder, file)))
                throw new FileNotFoundException($"The manifest folder {manifestFolder} has no {file}.", Path.Combine(manifestFolder, file));
        var manifest = Fill(JsonNode.Parse(File.ReadAllText(Path.Combine(manifestFolder, "manifest.json")))!, settings);
        var folder = Path.GetDirectoryName(Path.GetFullPath(output));
        if (folder is not null) Directory.CreateDirectory(folder);
        File.Delete(output);
        using var zip = ZipFile.Open(output, ZipArchiveMode.Create);
        var entry = zip.CreateEntry("manifest.json");
        using (var stream = entry.Open())
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
            manifest.WriteTo(writer);
        zip.CreateEntryFromFile(Path.Combine(manifestFolder, "color.png"), "color.png");
        zip.CreateEntryFromFile(Path.Combine(manifestFolder, "outline.png"), "outline.png");
        return manifest;
    }

    [GeneratedRegex("^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex HostPattern();

    // The manifest schema's version pattern: three numbers, no leading zeros.
    [GeneratedRegex(@"^(0|[1-9]\d{0,8})\.(0|[1-9]\d{0,8})\.(0|[1-9]\d{0,8})$")]
    private static partial Regex VersionPattern();

    [GeneratedRegex(@"^\d{1,10}$")]
    private static partial Regex MpnPattern();
}
