using ComplaintsBot.Cases.Policies;

namespace ComplaintsBot.Cases.Tests.Policies;

/// <summary>A temporary policy folder holding a copy of the Code (hoc-2024.yaml) and whatever files a test writes.</summary>
internal sealed class PolicyFolder : IDisposable
{
    public PolicyFolder(bool withCode = true)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "complaintsbot-policies-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
        if (withCode)
            File.Copy(System.IO.Path.Combine(PolicyCatalog.DefaultFolder, "hoc-2024.yaml"), System.IO.Path.Combine(Path, "hoc-2024.yaml"));
    }

    public string Path { get; }

    /// <summary>The head every landlord file needs; tests add the keys they are about.</summary>
    public static string LandlordHead(string id, string extends = "hoc-2024") => $"""
        id: {id}
        name: Test policy
        landlord: Test Housing
        extends: {extends}
        source: Written by a test
        reference-prefix: TST

        """;

    public string Write(string fileName, string yaml)
    {
        var path = System.IO.Path.Combine(Path, fileName);
        File.WriteAllText(path, WithCitations(yaml));
        return path;
    }

    // The loader refuses a rule without a citation. Tests about other things cite every top-level key they
    // state; tests about citations write their own rule-book (and tests of bad YAML are left as they are).
    private static readonly string[] NotRules = ["id", "name", "landlord", "extends", "source", "reference-prefix", "notes", "reminders"];

    private static string WithCitations(string yaml)
    {
        if (yaml.Contains("rule-book:", StringComparison.Ordinal)) return yaml;
        var stream = new YamlDotNet.RepresentationModel.YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlDotNet.Core.YamlException)
        {
            return yaml;
        }
        if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlDotNet.RepresentationModel.YamlMappingNode root) return yaml;
        var keys = root.Children.Keys.OfType<YamlDotNet.RepresentationModel.YamlScalarNode>()
            .Select(k => k.Value!).Where(k => !NotRules.Contains(k)).ToList();
        return keys.Count == 0
            ? yaml
            : yaml.TrimEnd('\n') + "\nrule-book:\n" + string.Concat(keys.Select(k => $"  {k}: {{clause: Written by a test}}\n"));
    }

    public Policy Load(string fileName) => PolicyLoader.LoadFile(System.IO.Path.Combine(Path, fileName));

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
