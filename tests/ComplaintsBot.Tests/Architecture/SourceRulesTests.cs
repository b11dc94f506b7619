using System.Text.RegularExpressions;
using ComplaintsBot.Tests.EndToEnd;

namespace ComplaintsBot.Tests.Architecture;

/// <summary>Rules on the source text itself: one London time zone, and no pointer to a document outside the repository.</summary>
public sealed partial class SourceRulesTests
{
    private static readonly string Root = PlaygroundRun.RepoRoot;

    private static IEnumerable<string> SourceFiles(params string[] folders) =>
        folders.SelectMany(f => Directory.EnumerateFiles(Path.Combine(Root, f), "*.*", SearchOption.AllDirectories))
            .Where(f => Path.GetExtension(f) is ".cs" or ".csproj" or ".props" or ".sh" or ".mjs")
            .Where(f => !Regex.IsMatch(f.Replace('\\', '/'), "/(bin|obj|node_modules)/"));

    [Fact]
    public void The_domain_and_the_host_read_London_time_from_LondonTime_alone()
    {
        var others = SourceFiles("src/ComplaintsBot.Cases", "src/ComplaintsBot")
            .Where(f => File.ReadAllText(f).Contains("Europe/London", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(Root, f).Replace('\\', '/'))
            .Where(f => f != "src/ComplaintsBot.Cases/Time/LondonTime.cs")
            .ToList();

        Assert.True(others.Count == 0, "Use ComplaintsBot.Cases.Time.LondonTime instead of a zone of their own: " + string.Join(", ", others));
    }

    [Fact]
    public void No_comment_points_at_a_document_outside_the_repository()
    {
        var files = SourceFiles("src", "tests", "bench", "scripts")
            .Concat(new[] { "Directory.Build.props", "Directory.Packages.props" }.Select(f => Path.Combine(Root, f)));
        var pointers = files
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: f, Line: i + 1, Text: line)))
            .Where(l => OutsidePointer().IsMatch(l.Text) && !l.File.EndsWith(nameof(SourceRulesTests) + ".cs", StringComparison.Ordinal))
            .Select(l => $"{Path.GetRelativePath(Root, l.File)}:{l.Line}")
            .ToList();

        Assert.True(pointers.Count == 0, "Bring the text into docs/ or say it in place: " + string.Join(", ", pointers));
    }

    // The design document and the working notes the code was first written from are not in the repository.
    [GeneratedRegex(@"DESIGN(\.md)?\s*§|\bnotes/[\w-]+\.md|shared/(notes|DESIGN)")]
    private static partial Regex OutsidePointer();
}
