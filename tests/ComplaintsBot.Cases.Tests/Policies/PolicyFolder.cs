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
        File.WriteAllText(path, yaml);
        return path;
    }

    public Policy Load(string fileName) => PolicyLoader.LoadFile(System.IO.Path.Combine(Path, fileName));

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
