using System.Diagnostics;
using System.Text.Json.Nodes;

namespace ComplaintsBot.Tests.Manifest;

/// <summary>Runs tests/e2e/manifest-check.mjs: ajv against the official Teams schema from the npm package @microsoft/app-manifest.</summary>
internal static class ManifestSchemaCheck
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static (bool Valid, string Schema, string Report) Validate(string manifestPath)
    {
        var e2e = Path.Combine(RepoRoot, "tests", "e2e");
        if (!Directory.Exists(Path.Combine(e2e, "node_modules", "@microsoft", "app-manifest")))
            throw new InvalidOperationException($"{e2e}/node_modules is missing: run `npm ci` there (scripts/test.sh does it)");
        var start = new ProcessStartInfo("node") { WorkingDirectory = e2e, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("manifest-check.mjs");
        start.ArgumentList.Add(manifestPath);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start node");
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode is not (0 or 1)) throw new InvalidOperationException($"manifest-check.mjs failed ({process.ExitCode}): {error}");
        var report = JsonNode.Parse(output)!;
        return ((bool)report["valid"]!, (string)report["schema"]!, output);
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ComplaintsBot.sln"))) return dir.FullName;
        throw new InvalidOperationException("repository root not found");
    }
}
