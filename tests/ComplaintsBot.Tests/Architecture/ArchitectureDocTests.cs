using System.Text.RegularExpressions;
using ComplaintsBot.Tests.EndToEnd;

namespace ComplaintsBot.Tests.Architecture;

/// <summary>docs/architecture.md names every folder of the host and of the domain, and nothing that is not there.</summary>
public sealed partial class ArchitectureDocTests
{
    private static readonly string Root = PlaygroundRun.RepoRoot;
    private static readonly string Doc = File.ReadAllText(Path.Combine(Root, "docs", "architecture.md"));

    [Fact]
    public void Every_path_the_page_names_exists()
    {
        var missing = Paths().Where(p => !Directory.Exists(Path.Combine(Root, p)) && !File.Exists(Path.Combine(Root, p))).ToList();

        Assert.True(missing.Count == 0, "docs/architecture.md names what is not there: " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_folder_of_the_host_is_on_the_page()
    {
        var host = Path.Combine(Root, "src", "ComplaintsBot");
        var folders = Directory.EnumerateDirectories(host, "*", SearchOption.AllDirectories)
            .Select(d => Path.GetRelativePath(Root, d).Replace('\\', '/'))
            .Where(d => !Regex.IsMatch(d, "/(bin|obj|Properties|wwwroot)(/|$)"));
        var named = Paths().ToHashSet(StringComparer.Ordinal);

        var unnamed = folders.Where(f => !named.Contains(f)).ToList();

        Assert.True(unnamed.Count == 0, "docs/architecture.md does not name: " + string.Join(", ", unnamed));
    }

    [Fact]
    public void Every_project_and_every_folder_of_the_domain_is_on_the_page()
    {
        var projects = Directory.EnumerateDirectories(Path.Combine(Root, "src")).Select(d => "src/" + Path.GetFileName(d));
        var domainFolders = Directory.EnumerateDirectories(Path.Combine(Root, "src", "ComplaintsBot.Cases"))
            .Select(Path.GetFileName).Where(d => d is not ("bin" or "obj")).Select(d => $"`{d}`");

        var unnamed = projects.Where(p => !Paths().Contains(p)).Concat(domainFolders.Where(d => !Doc.Contains(d, StringComparison.Ordinal))).ToList();

        Assert.True(unnamed.Count == 0, "docs/architecture.md does not name: " + string.Join(", ", unnamed));
    }

    private static IEnumerable<string> Paths() => PathPattern().Matches(Doc).Select(m => m.Groups[1].Value.TrimEnd('/')).Distinct();

    [GeneratedRegex("`((?:src|tests|docs|cards|policies)/[^`*]+)`")]
    private static partial Regex PathPattern();
}
