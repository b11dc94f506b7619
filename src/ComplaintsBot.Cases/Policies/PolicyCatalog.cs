using System.Diagnostics.CodeAnalysis;
using ComplaintsBot.Cases.Policies.Yaml;

namespace ComplaintsBot.Cases.Policies;

/// <summary>Every policy in a folder (one &lt;id&gt;.yaml each), by id; the Code (hoc-2024) is the default.</summary>
public sealed class PolicyCatalog
{
    public const string DefaultPolicyId = "hoc-2024";

    private readonly IReadOnlyDictionary<string, Policy> _byId;

    private PolicyCatalog(string folder, IReadOnlyList<Policy> policies)
    {
        Folder = folder;
        Policies = policies;
        _byId = policies.ToDictionary(p => p.Id, StringComparer.Ordinal);
        Default = _byId.TryGetValue(DefaultPolicyId, out var code)
            ? code
            : throw new PolicyLoadException(DefaultPolicyId + PolicyFolderReader.Extension, null,
                $"the default policy is missing from '{folder}'.");
    }

    /// <summary>policies/ next to the executable: the projects copy policies/*.yaml there.</summary>
    public static string DefaultFolder => Path.Combine(AppContext.BaseDirectory, "policies");

    public string Folder { get; }
    /// <summary>All policies, ordered by id.</summary>
    public IReadOnlyList<Policy> Policies { get; }
    public Policy Default { get; }

    /// <summary>Loads every *.yaml in the folder (default: <see cref="DefaultFolder"/>); the first bad file throws <see cref="PolicyLoadException"/>.</summary>
    public static PolicyCatalog Load(string? folder = null)
    {
        folder = Path.GetFullPath(folder ?? DefaultFolder);
        if (!Directory.Exists(folder))
            throw new DirectoryNotFoundException($"The policy folder '{folder}' does not exist.");
        var reader = new PolicyFolderReader(folder);
        var policies = Directory.EnumerateFiles(folder, "*" + PolicyFolderReader.Extension)
            .Select(Path.GetFileNameWithoutExtension)
            .Order(StringComparer.Ordinal)
            .Select(id => reader.Load(id!))
            .ToList();
        return new PolicyCatalog(folder, policies);
    }

    public bool TryGet(string id, [MaybeNullWhen(false)] out Policy policy) => _byId.TryGetValue(id, out policy);

    public Policy Get(string id) =>
        _byId.TryGetValue(id, out var policy)
            ? policy
            : throw new KeyNotFoundException($"No policy '{id}'; known policies: {string.Join(", ", _byId.Keys.Order(StringComparer.Ordinal))}.");
}
