using System.Diagnostics;
using System.Text.Json.Nodes;

namespace ComplaintsBot.Tests.EndToEnd;

/// <summary>
/// Runs tests/e2e/playground-e2e.mjs (the Agents Playground driven in headless Chromium) against a bot endpoint and
/// returns the JSON it prints. The script kills what it starts; if it overruns, its whole process tree is killed here.
/// </summary>
public static class PlaygroundRun
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);

    public static string RepoRoot { get; } = FindRepoRoot();

    public static string E2eFolder => Path.Combine(RepoRoot, "tests", "e2e");

    public static async Task<JsonObject> RunAsync(string botEndpoint, string expectWelcome, string expectHelp)
    {
        if (!Directory.Exists(Path.Combine(E2eFolder, "node_modules", "@microsoft", "m365agentsplayground")))
            throw new InvalidOperationException($"{E2eFolder}/node_modules has no Agents Playground: run `npm ci` there (scripts/test.sh does it)");

        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = E2eFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[]
        {
            Path.Combine(E2eFolder, "playground-e2e.mjs"), "--bot", botEndpoint,
            "--expect-welcome", expectWelcome, "--expect-help", expectHelp,
            "--screenshots", Path.Combine(E2eFolder, "screenshots"), "--timeout", "90000",
        }) start.ArgumentList.Add(arg);
        // The Playground would send its calls to the bot through a proxy if one were set.
        foreach (var name in new[] { "HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy", "ALL_PROXY", "all_proxy" }) start.Environment.Remove(name);

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start node");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"playground-e2e.mjs ran longer than {Limit}:\n{await stderr}");
        }

        var output = await stdout;
        var lastLine = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
        if (lastLine is null || !lastLine.TrimStart().StartsWith('{'))
            throw new InvalidOperationException($"playground-e2e.mjs printed no result (exit {process.ExitCode}):\n{output}\n{await stderr}");
        return JsonNode.Parse(lastLine)!.AsObject();
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ComplaintsBot.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException($"no ComplaintsBot.sln above {AppContext.BaseDirectory}");
    }
}
