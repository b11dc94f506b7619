using ComplaintsBot.Cases.Policies.Yaml;

namespace ComplaintsBot.Cases.Policies;

/// <summary>Loads one policy file; the policy it extends is read from the same folder (&lt;id&gt;.yaml).</summary>
public static class PolicyLoader
{
    /// <summary>Loads, merges over its parents and validates the file; a bad file throws <see cref="PolicyLoadException"/>.</summary>
    public static Policy LoadFile(string path)
    {
        var fullPath = Path.GetFullPath(path);
        if (!string.Equals(Path.GetExtension(fullPath), PolicyFolderReader.Extension, StringComparison.Ordinal))
            throw new PolicyLoadException(Path.GetFileName(fullPath), null, $"a policy file's name ends in {PolicyFolderReader.Extension}.");
        return new PolicyFolderReader(Path.GetDirectoryName(fullPath)!).Load(Path.GetFileNameWithoutExtension(fullPath));
    }
}
