using System.Diagnostics;
using System.Text.Json.Nodes;

namespace ComplaintsBot.Tests.EndToEnd;

/// <summary>
/// Runs the node scripts of tests/e2e (the Agents Playground driven in headless Chromium) against a bot endpoint and
/// returns the JSON object each prints as its last line. The scripts kill what they start; if one overruns, its whole
/// process tree is killed here.
/// </summary>
public static class PlaygroundRun
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(3);

    public static string RepoRoot { get; } = FindRepoRoot();

    public static string E2eFolder => Path.Combine(RepoRoot, "tests", "e2e");

    /// <summary>playground-e2e.mjs: the welcome-help and card-input scenarios.</summary>
    public static Task<JsonObject> RunAsync(string botEndpoint, string scenario, string expectWelcome, string expectHelp) =>
        RunScriptAsync("playground-e2e.mjs",
            "--bot", botEndpoint, "--scenario", scenario, "--expect-welcome", expectWelcome, "--expect-help", expectHelp,
            "--screenshots", Path.Combine(E2eFolder, "screenshots"), "--timeout", "150000");

    /// <summary>Runs tests/e2e/<paramref name="script"/> with <paramref name="arguments"/> and parses the JSON it prints last.</summary>
    public static async Task<JsonObject> RunScriptAsync(string script, params string[] arguments)
    {
        if (!Directory.Exists(Path.Combine(E2eFolder, "node_modules", "@microsoft", "m365agentsplayground")))
            throw new InvalidOperationException($"{E2eFolder}/node_modules has no Agents Playground: run `npm ci` there (scripts/test.sh does it)");

        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = E2eFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(E2eFolder, script));
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
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
            throw new TimeoutException($"{script} ran longer than {Limit}:\n{await stderr}");
        }

        var output = await stdout;
        var lastLine = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
        if (lastLine is null || !lastLine.TrimStart().StartsWith('{'))
            throw new InvalidOperationException($"{script} printed no result (exit {process.ExitCode}):\n{output}\n{await stderr}");
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
