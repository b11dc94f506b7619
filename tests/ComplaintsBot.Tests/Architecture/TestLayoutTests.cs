using System.Reflection;
using System.Text.RegularExpressions;
using ComplaintsBot.Tests.EndToEnd;

namespace ComplaintsBot.Tests.Architecture;

/// <summary>
/// The host's tests sit in folders named as the host's own (docs/architecture.md), and the test doubles of the
/// protocol layer ship in a testing assembly that nothing shipped references (as NodaTime.Testing does).
/// </summary>
public sealed class TestLayoutTests
{
    private static readonly string Root = PlaygroundRun.RepoRoot;

    /// <summary>Tests of the whole running host rather than of one folder.</summary>
    private static readonly string[] CrossCutting = ["Architecture", "EndToEnd", "Instances", "StoreDurability"];

    [Fact]
    public void Every_test_folder_of_the_host_is_a_folder_of_the_host_or_a_whole_host_one()
    {
        var tests = Path.Combine(Root, "tests", "ComplaintsBot.Tests");
        var host = Path.Combine(Root, "src", "ComplaintsBot");
        var strays = Directory.EnumerateDirectories(tests, "*", SearchOption.AllDirectories)
            .Select(d => Path.GetRelativePath(tests, d).Replace('\\', '/'))
            .Where(d => !Regex.IsMatch(d, "^(bin|obj|TestResults)(/|$)"))
            .Where(d => !CrossCutting.Contains(d.Split('/')[0]) && !Directory.Exists(Path.Combine(host, d)))
            .ToList();

        Assert.True(strays.Count == 0, "Test folders with no host folder of that name: " + string.Join(", ", strays));
    }

    [Fact]
    public void No_shipped_assembly_holds_or_references_test_doubles()
    {
        var shipped = new[]
        {
            typeof(ComplaintsBot.Hosting.ComplaintsBotOptions).Assembly,
            typeof(ComplaintsBot.BotFramework.Builder.IStorage).Assembly,
            typeof(ComplaintsBot.Cases.Store.CasesDbContext).Assembly,
        };

        foreach (var assembly in shipped)
        {
            Assert.DoesNotContain(assembly.GetReferencedAssemblies(), a => a.Name!.EndsWith(".Testing", StringComparison.Ordinal) || a.Name!.StartsWith("xunit", StringComparison.Ordinal));
            Assert.DoesNotContain(assembly.GetTypes(), t => t.Namespace?.EndsWith(".Testing", StringComparison.Ordinal) == true);
        }
        Assert.Equal("ComplaintsBot.BotFramework.Testing", typeof(ComplaintsBot.BotFramework.Testing.TestAdapter).Assembly.GetName().Name);
        Assert.Equal("ComplaintsBot.BotFramework.Testing", typeof(ComplaintsBot.BotFramework.Testing.MemoryStorage).Assembly.GetName().Name);
    }
}
