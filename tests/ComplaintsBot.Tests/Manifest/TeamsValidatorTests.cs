using System.Text.Json.Nodes;
using ComplaintsBot.Tests.Cli;

namespace ComplaintsBot.Tests.Manifest;

/// <summary>
/// The package a landlord builds with `package` passes Microsoft's own validator (<c>atk validate</c>, Microsoft 365
/// Agents Toolkit CLI from npm) with no error. What runs is its manifest check against the official schema; the
/// Developer Portal's online package rules need a Microsoft 365 sign-in and are not run here (see the README).
/// </summary>
public sealed class TeamsValidatorTests : IDisposable
{
    private static readonly string Folder = Path.Combine(ManifestSchemaCheck.RepoRoot, "manifest");
    private readonly string _work = Directory.CreateTempSubdirectory("complaintsbot-validator-").FullName;

    [Fact]
    public void The_package_a_landlord_builds_passes_atk_validate_with_no_error()
    {
        var zip = Package(Folder);

        var (exitCode, output) = TeamsValidator.ValidatePackage(zip);

        Assert.Equal("1.1.17", TeamsValidator.Version);
        Assert.True(exitCode == 0, output);
        Assert.Contains("checked manifest(s) with the corresponding schema", output, StringComparison.Ordinal);
        Assert.Contains("All passed.", output, StringComparison.Ordinal);
        Assert.DoesNotContain("failed", output, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Atk_validate_reports_each_schema_error_in_a_package_with_a_broken_manifest()
    {
        var broken = Path.Combine(_work, "manifest");
        Directory.CreateDirectory(broken);
        foreach (var file in new[] { "color.png", "outline.png" }) File.Copy(Path.Combine(Folder, file), Path.Combine(broken, file));
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, "manifest.json")))!;
        manifest["name"]!["short"] = "ComplaintsBot for Riverside Homes Group"; // Teams allows 30 characters
        manifest["composeExtensions"]![0]!["commands"]![0]!["title"] = "Log this message as a customer contact"; // and 32 here
        File.WriteAllText(Path.Combine(broken, "manifest.json"), manifest.ToJsonString());
        var zip = Package(broken);

        var (exitCode, output) = TeamsValidator.ValidatePackage(zip);

        Assert.Equal(1, exitCode);
        Assert.Contains("2 failed.", output, StringComparison.Ordinal);
        Assert.Contains("/name/short must NOT have more than 30 characters", output, StringComparison.Ordinal);
        Assert.Contains("/composeExtensions/0/commands/0/title must NOT have more than 32 characters", output, StringComparison.Ordinal);
    }

    /// <summary>The package as the README tells a landlord to build it: bot and Teams app ids, host, version and publisher.</summary>
    private string Package(string manifestFolder)
    {
        var zip = Path.Combine(_work, $"appPackage-{Guid.NewGuid():N}.zip");
        var run = CliRun.Of("package", "--app-id", "6d3c1b2a-9f4e-4c1d-8a7b-2e5f0c9d1a44", "--host", "complaintsbot.riverside.example.org",
            "--teams-app-id", "0b7f6c52-1e2d-4a3b-9c8d-7e6f5a4b3c2d", "--version", "1.2.0", "--developer-name", "Riverside Homes",
            "--developer-url", "https://www.riverside.example.org/", "--manifest", manifestFolder, "--out", zip);
        Assert.True(run.ExitCode == 0, run.Error);
        return zip;
    }

    public void Dispose() => Directory.Delete(_work, recursive: true);
}
