using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Cases.Policies.Compliance;

namespace ComplaintsBot.Cli;

/// <summary>`policy check &lt;id|file&gt;`: where a policy falls short of the Complaint Handling Code; exit 1 when it does.</summary>
internal sealed class PolicyCheckCommand : ICliCommand
{
    public string Name => "policy check";
    public string Usage => "policy check <id|file>";
    public string Summary => "Compares a policy (by id, or a .yaml file) with the Complaint Handling Code 2024; exit 1 on findings.";

    public int Run(IReadOnlyList<string> tokens, CliContext context)
    {
        var arguments = CliArguments.Parse(tokens, Usage, positionals: ["id|file"]);
        var policy = Load(arguments.Positionals[0], arguments, context);
        var findings = CodeComplianceCheck.Check(policy);
        var output = context.Output;
        var heading = $"{policy.Id} ({policy.Name}) against the Complaint Handling Code (2024)";
        if (findings.Count == 0)
        {
            output.WriteLine($"{heading}: no findings.");
            return AdminCli.Success;
        }

        var breaches = findings.Count(f => f.Severity == FindingSeverity.Breach);
        output.WriteLine($"{heading}: {Count(findings.Count, "finding")} ({Count(breaches, "breach")}, {Count(findings.Count - breaches, "warning")})");
        foreach (var finding in findings)
        {
            output.WriteLine();
            output.WriteLine($"{finding.Severity.ToString().ToLowerInvariant(),-8} {finding.Section,-10} {finding.Field}");
            output.WriteLine($"  policy: {finding.PolicySays}");
            output.WriteLine($"  Code:   {finding.CodeRequires}");
        }
        return AdminCli.FindingsFound;
    }

    /// <summary>
    /// A path to a .yaml file, else a policy id in the policy folder. A file's parents are read from its own folder;
    /// a draft kept elsewhere that extends a policy of the policy folder is read alongside that folder's files.
    /// </summary>
    private static Policy Load(string idOrFile, CliArguments arguments, CliContext context)
    {
        var isFile = idOrFile.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase)
                     || idOrFile.Contains(Path.DirectorySeparatorChar) || idOrFile.Contains('/');
        if (!isFile) return context.Policy(arguments, idOrFile);
        if (!File.Exists(idOrFile)) throw new CliUsageException($"No policy file '{idOrFile}'.");
        try
        {
            try
            {
                return PolicyLoader.LoadFile(idOrFile);
            }
            catch (PolicyLoadException e) when (e.Field == "extends" && Directory.Exists(context.PoliciesFolder(arguments)))
            {
                return LoadBesidePolicyFolder(idOrFile, context.PoliciesFolder(arguments));
            }
        }
        catch (Exception e) when (e is PolicyLoadException or IOException or UnauthorizedAccessException)
        {
            throw new CliUsageException(e.Message);
        }
    }

    private static Policy LoadBesidePolicyFolder(string file, string policyFolder)
    {
        var staging = Directory.CreateTempSubdirectory("policy-check-");
        try
        {
            foreach (var policy in Directory.EnumerateFiles(policyFolder, "*.yaml"))
                File.Copy(policy, Path.Combine(staging.FullName, Path.GetFileName(policy)));
            var draft = Path.Combine(staging.FullName, Path.GetFileName(file));
            File.Copy(file, draft, overwrite: true);
            return PolicyLoader.LoadFile(draft);
        }
        finally
        {
            staging.Delete(recursive: true);
        }
    }

    private static string Count(int n, string noun) =>
        n == 1 ? $"1 {noun}" : $"{n} {(noun.EndsWith("ch", StringComparison.Ordinal) ? noun + "es" : noun + "s")}";
}
