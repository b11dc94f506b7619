using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json.Nodes;

namespace ComplaintsBot.Tests.Manifest;

/// <summary>
/// Runs Microsoft's own validator, <c>atk validate</c> of the Microsoft 365 Agents Toolkit CLI (npm
/// <c>@microsoft/m365agentstoolkit-cli</c>, pinned in tests/teams-validator), on the manifest inside an app package.
/// </summary>
/// <remarks>
/// <c>atk validate --manifest-file</c> checks the manifest against the schema its <c>$schema</c> names, loaded from the
/// copy the CLI ships: it runs with no network. <c>atk validate --package-file</c> (the Teams Developer Portal's
/// app package rules) is a call to that online service under a Microsoft 365 sign-in, so no test runs it; the README
/// says how a landlord runs it.
/// </remarks>
internal static class TeamsValidator
{
    private static readonly string Folder = Path.Combine(ManifestSchemaCheck.RepoRoot, "tests", "teams-validator");
    private static readonly string Cli = Path.Combine(Folder, "node_modules", "@microsoft", "m365agentstoolkit-cli");

    /// <summary>The CLI's version, from its installed package.json.</summary>
    public static string Version => (string)JsonNode.Parse(File.ReadAllText(Path.Combine(Cli, "package.json")))!["version"]!;

    /// <summary>Extracts the package's manifest.json (beside its icons, as in the zip) and runs <c>atk validate --manifest-file</c> on it.</summary>
    public static (int ExitCode, string Output) ValidatePackage(string zipPath)
    {
        if (!File.Exists(Path.Combine(Cli, "cli.js")))
            throw new InvalidOperationException($"{Folder}/node_modules is missing: run `npm ci` there (scripts/test.sh does it)");
        var work = Directory.CreateTempSubdirectory("complaintsbot-atk-").FullName;
        try
        {
            ZipFile.ExtractToDirectory(zipPath, work);
            // Run from the temporary folder: the CLI takes its working folder as the project folder.
            var start = new ProcessStartInfo("node") { WorkingDirectory = work, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var arg in new[] { Path.Combine(Cli, "cli.js"), "validate", "--manifest-file", Path.Combine(work, "manifest.json"), "--interactive", "false", "--telemetry", "false" })
                start.ArgumentList.Add(arg);
            start.Environment["NO_COLOR"] = "1";
            using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start node");
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"atk validate did not finish in 3 minutes: {output.Result}{error.Result}");
            }
            return (process.ExitCode, output.Result + error.Result);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }
}
