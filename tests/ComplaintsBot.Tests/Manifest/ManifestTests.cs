using System.IO.Compression;
using System.Text.Json.Nodes;
using ComplaintsBot.Manifest;
using ComplaintsBot.Tests.Cli;

namespace ComplaintsBot.Tests.Manifest;

/// <summary>The Teams app manifest, its icons and the package the `package` command writes.</summary>
public sealed class ManifestTests : IDisposable
{
    private static readonly string Folder = Path.Combine(ManifestSchemaCheck.RepoRoot, "manifest");
    private static readonly Guid AppId = Guid.Parse("6d3c1b2a-9f4e-4c1d-8a7b-2e5f0c9d1a44");
    private readonly string _work = Directory.CreateTempSubdirectory("complaintsbot-manifest-").FullName;

    private static JsonNode Committed => JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, "manifest.json")))!;

    [Fact]
    public void The_committed_manifest_is_valid_against_the_official_Teams_schema_of_its_version()
    {
        var (valid, schema, report) = ManifestSchemaCheck.Validate(Path.Combine(Folder, "manifest.json"));

        Assert.True(valid, report);
        Assert.Equal($"build/json-schemas/teams/v{Committed["manifestVersion"]}/MicrosoftTeams.schema.json", schema);
        Assert.Equal($"https://developer.microsoft.com/json-schemas/teams/v{Committed["manifestVersion"]}/MicrosoftTeams.schema.json", (string?)Committed["$schema"]);
    }

    [Fact]
    public void The_schema_check_rejects_a_manifest_without_an_id_or_with_a_bad_bot_scope()
    {
        var broken = Committed;
        broken.AsObject().Remove("id");
        broken["bots"]![0]!["scopes"] = new JsonArray("personal", "everywhere");
        var path = Path.Combine(_work, "broken.json");
        File.WriteAllText(path, broken.ToJsonString());

        var (valid, _, report) = ManifestSchemaCheck.Validate(path);

        Assert.False(valid);
        Assert.Contains("'id'", report, StringComparison.Ordinal);
        Assert.Contains("/bots/0/scopes/1", report, StringComparison.Ordinal);
    }

    [Fact]
    public void The_bot_runs_in_personal_and_team_scope_with_log_my_cases_report_and_help_in_each_and_feed_here_in_a_team()
    {
        var bot = Committed["bots"]![0]!;

        Assert.Equal(["personal", "team"], bot["scopes"]!.AsArray().Select(s => (string)s!));
        var lists = bot["commandLists"]!.AsArray();
        Assert.Equal(["log", "my cases", "report", "help"], lists[0]!["commands"]!.AsArray().Select(c => (string)c!["title"]!));
        // The complaints feed is chosen in a team channel (Workflows/ChannelFeed), so only the team list offers it.
        Assert.Equal(["log", "my cases", "report", "help", "feed here"], lists[1]!["commands"]!.AsArray().Select(c => (string)c!["title"]!));
        Assert.Equal([["personal"], ["team"]], bot["commandLists"]!.AsArray().Select(l => l!["scopes"]!.AsArray().Select(s => (string)s!).ToArray()));
    }

    [Fact]
    public void The_message_extension_offers_log_as_a_contact_on_messages_and_find_a_case_in_the_compose_box_with_the_ids_the_bot_answers()
    {
        var extension = Assert.Single(Committed["composeExtensions"]!.AsArray())!;
        Assert.Equal((string?)Committed["bots"]![0]!["botId"], (string?)extension["botId"]); // the same bot answers both
        var commands = extension["commands"]!.AsArray();

        var log = commands.Single(c => (string?)c!["id"] == ComplaintsBot.Workflows.MessageExtension.LogFromMessage.CommandId)!;
        Assert.Equal("action", (string?)log["type"]);
        Assert.Equal(["message"], log["context"]!.AsArray().Select(s => (string)s!));
        Assert.True((bool)log["fetchTask"]!);
        var find = commands.Single(c => (string?)c!["id"] == ComplaintsBot.Workflows.MessageExtension.FindCase.CommandId)!;
        Assert.Equal("query", (string?)find["type"]);
        Assert.Equal(["compose", "commandBox"], find["context"]!.AsArray().Select(s => (string)s!));
        Assert.Equal(ComplaintsBot.Workflows.MessageExtension.FindCase.SearchParameter, (string?)find["parameters"]![0]!["name"]);
    }

    [Fact]
    public void The_dashboard_is_a_personal_tab_on_a_valid_domain()
    {
        var tab = Committed["staticTabs"]![0]!;

        Assert.Equal("https://complaintsbot.example.com/dashboard", (string?)tab["contentUrl"]);
        Assert.Equal(["personal"], tab["scopes"]!.AsArray().Select(s => (string)s!));
        Assert.Equal(["complaintsbot.example.com"], Committed["validDomains"]!.AsArray().Select(s => (string)s!));
    }

    [Fact]
    public void The_colour_icon_is_192_pixels_square()
    {
        var icon = PngImage.Read(File.ReadAllBytes(Path.Combine(Folder, "color.png")));

        Assert.Equal((192, 192), (icon.Width, icon.Height));
    }

    [Fact]
    public void The_outline_icon_is_32_pixels_square_white_on_transparent()
    {
        var icon = PngImage.Read(File.ReadAllBytes(Path.Combine(Folder, "outline.png")));

        Assert.Equal((32, 32, 4), (icon.Width, icon.Height, icon.Channels));
        var pixels = Enumerable.Range(0, 32).SelectMany(y => Enumerable.Range(0, 32).Select(x => icon[x, y])).ToList();
        Assert.All(pixels, p => Assert.True(p.A == 0 || (p.R, p.G, p.B) == (255, 255, 255), $"pixel {p} is neither transparent nor white"));
        Assert.Contains(pixels, p => p.A == 0);
        Assert.Contains(pixels, p => p.A == 255);
    }

    [Fact]
    public void The_package_command_writes_a_zip_of_the_manifest_with_the_app_id_and_host_filled_in_and_both_icons()
    {
        var zipPath = Path.Combine(_work, "appPackage.zip");

        var run = CliRun.Of("package", "--app-id", AppId.ToString(), "--host", "bot.landlord.example.org", "--manifest", Folder, "--out", zipPath);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(zipPath, run.Output.Trim());
        using var zip = ZipFile.OpenRead(zipPath);
        Assert.Equal(["color.png", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
        var manifest = JsonNode.Parse(new StreamReader(zip.GetEntry("manifest.json")!.Open()).ReadToEnd())!;
        Assert.Equal(AppId.ToString(), (string?)manifest["bots"]![0]!["botId"]);
        Assert.Equal(AppId.ToString(), (string?)manifest["composeExtensions"]![0]!["botId"]);
        Assert.Equal(AppId.ToString(), (string?)manifest["webApplicationInfo"]!["id"]);
        Assert.Equal($"api://bot.landlord.example.org/{AppId}", (string?)manifest["webApplicationInfo"]!["resource"]);
        Assert.Equal("https://bot.landlord.example.org/dashboard", (string?)manifest["staticTabs"]![0]!["contentUrl"]);
        Assert.Equal(["bot.landlord.example.org"], manifest["validDomains"]!.AsArray().Select(s => (string)s!));
        Assert.DoesNotContain(AppPackage.PlaceholderAppId, manifest.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(File.ReadAllBytes(Path.Combine(Folder, "color.png")), ReadAll(zip.GetEntry("color.png")!));

        var extracted = Path.Combine(_work, "manifest.json");
        File.WriteAllText(extracted, manifest.ToJsonString());
        var (valid, _, report) = ManifestSchemaCheck.Validate(extracted);
        Assert.True(valid, report);
    }

    [Theory]
    [InlineData("--app-id 'not-a-guid' is not an app id", "--app-id", "not-a-guid", "--host", "bot.example.org")]
    [InlineData("--app-id '00000000-0000-0000-0000-000000000000' is not an app id", "--app-id", "00000000-0000-0000-0000-000000000000", "--host", "bot.example.org")]
    [InlineData("'https://bot.example.org' is not a host name", "--app-id", "6d3c1b2a-9f4e-4c1d-8a7b-2e5f0c9d1a44", "--host", "https://bot.example.org")]
    [InlineData("package needs --host", "--app-id", "6d3c1b2a-9f4e-4c1d-8a7b-2e5f0c9d1a44")]
    public void Bad_package_options_are_named(string message, params string[] args)
    {
        var run = CliRun.Of(["package", .. args, "--manifest", Folder, "--out", Path.Combine(_work, "x.zip")]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
    }

    private static byte[] ReadAll(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    public void Dispose() => Directory.Delete(_work, recursive: true);
}
