using System.IO.Compression;
using System.Text.Json.Nodes;
using ComplaintsBot.Tests.Cli;

namespace ComplaintsBot.Tests.Manifest;

/// <summary>`package` gives each landlord's app its own Teams app id, version and publisher, and links its privacy and
/// terms pages to the ones the host serves.</summary>
public sealed class AppPackageOptionsTests : IDisposable
{
    private static readonly string Folder = Path.Combine(ManifestSchemaCheck.RepoRoot, "manifest");
    private const string BotId = "6d3c1b2a-9f4e-4c1d-8a7b-2e5f0c9d1a44";
    private const string TeamsAppId = "0b7f6c52-1e2d-4a3b-9c8d-7e6f5a4b3c2d";
    private readonly string _work = Directory.CreateTempSubdirectory("complaintsbot-package-").FullName;

    [Fact]
    public void The_package_carries_the_teams_app_id_version_and_developer_given_and_validates_against_the_official_schema()
    {
        var zipPath = Path.Combine(_work, "appPackage.zip");

        var run = CliRun.Of("package", "--app-id", BotId, "--host", "bot.landlord.example.org", "--teams-app-id", TeamsAppId, "--version", "2.3.14",
            "--developer-name", "Riverside Homes", "--developer-url", "https://www.riverside.example.org/", "--mpn-id", "1234567",
            "--manifest", Folder, "--out", zipPath);

        Assert.Equal(0, run.ExitCode);
        var manifest = Read(zipPath);
        Assert.Equal(TeamsAppId, (string?)manifest["id"]);
        Assert.Equal(BotId, (string?)manifest["bots"]![0]!["botId"]);
        Assert.Equal("2.3.14", (string?)manifest["version"]);
        Assert.Equal("Riverside Homes", (string?)manifest["developer"]!["name"]);
        Assert.Equal("https://www.riverside.example.org/", (string?)manifest["developer"]!["websiteUrl"]);
        Assert.Equal("https://bot.landlord.example.org/privacy", (string?)manifest["developer"]!["privacyUrl"]);
        Assert.Equal("https://bot.landlord.example.org/terms", (string?)manifest["developer"]!["termsOfUseUrl"]);
        Assert.Equal("1234567", (string?)manifest["developer"]!["mpnId"]);
        var extracted = Path.Combine(_work, "manifest.json");
        File.WriteAllText(extracted, manifest.ToJsonString());
        var (valid, _, report) = ManifestSchemaCheck.Validate(extracted);
        Assert.True(valid, report);
    }

    [Fact]
    public void Without_a_teams_app_id_each_landlords_app_takes_its_bots_id_not_one_shared_id()
    {
        var zipPath = Path.Combine(_work, "appPackage.zip");

        Assert.Equal(0, CliRun.Of("package", "--app-id", BotId, "--host", "bot.landlord.example.org", "--manifest", Folder, "--out", zipPath).ExitCode);

        var manifest = Read(zipPath);
        Assert.Equal(BotId, (string?)manifest["id"]);
        Assert.NotEqual((string?)JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, "manifest.json")))!["id"], (string?)manifest["id"]);
    }

    [Theory]
    [InlineData("'1.0' is not an app version", "--version", "1.0")]
    [InlineData("'01.2.3' is not an app version", "--version", "01.2.3")]
    [InlineData("is not a developer name Teams takes", "--developer-name", "A publisher name far longer than thirty-two characters")]
    [InlineData("is not an https address", "--developer-url", "http://www.riverside.example.org")]
    [InlineData("--teams-app-id 'x' is not an app id", "--teams-app-id", "x")]
    [InlineData("is not a Microsoft Partner Network id", "--mpn-id", "MPN-12")]
    public void Bad_package_details_are_named(string message, string option, string value)
    {
        var run = CliRun.Of("package", "--app-id", BotId, "--host", "bot.example.org", option, value, "--manifest", Folder, "--out", Path.Combine(_work, "x.zip"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
    }

    private static JsonNode Read(string zipPath)
    {
        using var zip = ZipFile.OpenRead(zipPath);
        using var reader = new StreamReader(zip.GetEntry("manifest.json")!.Open());
        return JsonNode.Parse(reader.ReadToEnd())!;
    }

    public void Dispose() => Directory.Delete(_work, recursive: true);
}
