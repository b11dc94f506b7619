using System.Diagnostics;
using System.Text.Json.Nodes;

namespace ComplaintsBot.Tests.Cards;

/// <summary>Runs tests/e2e/cards-check.mjs once (node, adaptivecards-templating and the adaptivecards renderer in
/// headless Chromium) and holds its report: per sample, the reference expansion, parse and validation events,
/// renderer errors, version and size.</summary>
public sealed class ReferenceCheck : IDisposable
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(5);

    public ReferenceCheck()
    {
        RepoRoot = FindRepoRoot();
        var e2e = Path.Combine(RepoRoot, "tests", "e2e");
        if (!Directory.Exists(Path.Combine(e2e, "node_modules", "adaptivecards-templating")))
        {
            throw new InvalidOperationException($"{e2e}/node_modules is missing: run `npm ci` there (scripts/test.sh does it)");
        }
        OutputDirectory = Path.Combine(Path.GetTempPath(), "complaintsbot-cards-" + Guid.NewGuid().ToString("N"));
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = RepoRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[] { Path.Combine(e2e, "cards-check.mjs"), "--out", OutputDirectory }) start.ArgumentList.Add(arg);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start node");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Limit))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"cards-check.mjs took longer than {Limit}");
        }
        Output = stdout.Result + stderr.Result;
        var reportPath = Path.Combine(OutputDirectory, "report.json");
        // Exit code 1 means "some card has problems": the report says which, and the tests assert on it.
        if (process.ExitCode is not (0 or 1) || !File.Exists(reportPath))
        {
            throw new InvalidOperationException($"cards-check.mjs failed (exit {process.ExitCode}):\n{Output}");
        }
        var report = JsonNode.Parse(File.ReadAllText(reportPath))!;
        BlockedRequests = report["blockedRequests"]!.AsArray().Select(r => (string)r!).ToList();
        Entries = report["cards"]!.AsArray().Select(c => c!.AsObject())
            .ToDictionary(c => (string?)c["sample"] ?? (string)c["template"]!, StringComparer.Ordinal);
    }

    public string RepoRoot { get; }

    /// <summary>Requests the renderer page tried to make beyond loopback (all blocked).</summary>
    public IReadOnlyList<string> BlockedRequests { get; }

    public string OutputDirectory { get; }

    /// <summary>What the script printed (one line per card), for failure messages.</summary>
    public string Output { get; }

    /// <summary>The report entry per sample name (or per template name when it has no sample).</summary>
    public IReadOnlyDictionary<string, JsonObject> Entries { get; }

    public JsonObject EntryFor(string sample) =>
        Entries.TryGetValue(sample, out var entry) ? entry : throw new InvalidOperationException($"no report entry for {sample}:\n{Output}");

    public JsonNode ReferenceExpansionOf(string sample)
    {
        var relative = (string?)EntryFor(sample)["expanded"]
            ?? throw new InvalidOperationException($"the reference engine did not expand {sample}: {EntryFor(sample)["problems"]}");
        return JsonNode.Parse(File.ReadAllText(Path.Combine(OutputDirectory, relative)))!;
    }

    public void Dispose()
    {
        if (Directory.Exists(OutputDirectory)) Directory.Delete(OutputDirectory, recursive: true);
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
