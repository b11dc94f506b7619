using ComplaintsBot.Cases.Policies;
using Microsoft.Extensions.Configuration;

namespace ComplaintsBot.Cli;

/// <summary>What a command runs with: its output, the configuration (for the policy folder) and the clock.</summary>
internal sealed class CliContext(TextWriter output, IConfiguration configuration, TimeProvider clock)
{
    public TextWriter Output { get; } = output;

    public TimeProvider Clock { get; } = clock;

    public IConfiguration Configuration { get; } = configuration;

    /// <summary>--policies, else configuration ComplaintsBot:PoliciesFolder (as the host), else policies/ beside the executable.</summary>
    public string PoliciesFolder(CliArguments arguments) =>
        arguments.Option(CliArguments.PoliciesOption)
        ?? Configuration[$"{Hosting.ComplaintsBotOptions.SectionName}:{nameof(Hosting.ComplaintsBotOptions.PoliciesFolder)}"]
        ?? PolicyCatalog.DefaultFolder;

    /// <summary>Every policy in the folder; a missing folder or a bad file is a one-line error.</summary>
    public PolicyCatalog Policies(CliArguments arguments)
    {
        var folder = PoliciesFolder(arguments);
        try
        {
            return PolicyCatalog.Load(folder);
        }
        catch (Exception e) when (e is PolicyLoadException or DirectoryNotFoundException or IOException or UnauthorizedAccessException)
        {
            throw new CliUsageException(e.Message);
        }
    }

    public Policy Policy(CliArguments arguments, string id)
    {
        var catalog = Policies(arguments);
        return catalog.TryGet(id, out var policy)
            ? policy
            : throw new CliUsageException(
                $"Unknown policy '{id}'; the policies in {catalog.Folder} are {string.Join(", ", catalog.Policies.Select(p => p.Id))}.");
    }
}
