using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ComplaintsBot.Manifest;

/// <summary>
/// Builds the Teams app package (appPackage.zip): manifest.json with the bot's app id and the host's domain
/// filled in, and the two icons, at the root of the zip as Teams requires.
/// </summary>
public static partial class AppPackage
{
    /// <summary>The bot id the committed manifest.json carries until it is packaged.</summary>
    public const string PlaceholderAppId = "00000000-0000-0000-0000-000000000000";
    /// <summary>The domain the committed manifest.json carries until it is packaged.</summary>
    public const string PlaceholderHost = "complaintsbot.example.com";
    public static readonly string[] Files = ["manifest.json", "color.png", "outline.png"];

    /// <summary>The manifest with <paramref name="appId"/> as bot id and SSO app, and <paramref name="host"/> as its domain.</summary>
    public static JsonNode Fill(JsonNode manifest, Guid appId, string host)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        if (appId == Guid.Empty) throw new ArgumentException("The bot's app id cannot be the empty GUID.", nameof(appId));
        if (!HostPattern().IsMatch(host))
            throw new ArgumentException($"'{host}' is not a host name; give the domain only, as complaintsbot.contoso.org.", nameof(host));
        var id = appId.ToString("D");
        // Text replacement keeps the author's layout and reaches every URL (tab, developer links, SSO resource).
        var text = manifest.ToJsonString().Replace(PlaceholderAppId, id, StringComparison.Ordinal).Replace(PlaceholderHost, host, StringComparison.Ordinal);
        return JsonNode.Parse(text)!;
    }

    /// <summary>Writes the zip to <paramref name="output"/> from the manifest folder; returns the filled manifest.</summary>
    public static JsonNode Write(string manifestFolder, Guid appId, string host, string output)
    {
        foreach (var file in Files)
            if (!File.Exists(Path.Combine(manifestFolder, file)))
                throw new FileNotFoundException($"The manifest folder {manifestFolder} has no {file}.", Path.Combine(manifestFolder, file));
        var manifest = Fill(JsonNode.Parse(File.ReadAllText(Path.Combine(manifestFolder, "manifest.json")))!, appId, host);
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
}
