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

        // A breach of the Code is an error: the landlord must change the policy. A warning is a rule the landlord
        // must be able to justify as fair and reasonable.
        var errors = findings.Count(f => f.Severity == FindingSeverity.Breach);
        output.WriteLine($"{heading}: {Count(findings.Count, "finding")} ({Count(errors, "error")}, {Count(findings.Count - errors, "warning")})");
        output.WriteLine("Judged on the rules the landlord's document declares; where it is silent the bot applies the Code, but the gap is reported.");
        foreach (var finding in findings)
        {
            output.WriteLine();
            output.WriteLine($"{(finding.Severity == FindingSeverity.Breach ? "error" : "warning"),-8} {finding.Section,-10} {finding.Field}");
            output.WriteLine($"  policy: {finding.PolicySays}");
            if (Source(policy, finding.Field) is { } source) output.WriteLine($"  source: {source}");
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

    /// <summary>The clause the finding's rule comes from, or that the document is silent on it.</summary>
    private static string? Source(Policy policy, string field)
    {
        // A finding names a rule ("stages.stage1.acknowledge") or a part of one ("...wider-than-code-basis").
        var citation = policy.RuleBook.Under(field).FirstOrDefault()?.Citation;
        for (var path = field; citation is null && path.Contains('.'); path = path[..path.LastIndexOf('.')])
            citation = policy.RuleBook.Find(path)?.Citation;
        if (citation is null) return null;
        return citation.PolicyId == policy.Id
            ? citation.Clause + (citation.Says is { } says ? $": \"{says}\"" : "")
            : $"the document is silent; the bot applies {citation.PolicyId}'s rule ({citation.Clause})";
    }

    private static string Count(int n, string noun) =>
        n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
