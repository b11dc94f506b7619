namespace ComplaintsBot.Cli;

/// <summary>
/// A command's arguments after its name: positional values, options with a value (--policy wch or
/// --policy=wch) and flags (--json). Anything the command did not declare is an error naming it.
/// </summary>
internal sealed class CliArguments
{
    /// <summary>Accepted by every command: the folder the policy files are read from.</summary>
    public const string PoliciesOption = "--policies";

    private readonly Dictionary<string, string> _options;
    private readonly HashSet<string> _flags;

    private CliArguments(IReadOnlyList<string> positionals, Dictionary<string, string> options, HashSet<string> flags)
    {
        Positionals = positionals;
        _options = options;
        _flags = flags;
    }

    public IReadOnlyList<string> Positionals { get; }

    public string? Option(string name) => _options.GetValueOrDefault(name);

    public string RequiredOption(string name, string command) =>
        Option(name) ?? throw new CliUsageException($"{command} needs {name} <value>.");

    public bool Flag(string name) => _flags.Contains(name);

    /// <param name="command">The command's usage line, for messages ("policy show &lt;id&gt;").</param>
    /// <param name="positionals">The names of the positional values the command requires, in order.</param>
    public static CliArguments Parse(
        IReadOnlyList<string> tokens,
        string command,
        IReadOnlyList<string>? positionals = null,
        IReadOnlyCollection<string>? valueOptions = null,
        IReadOnlyCollection<string>? flags = null)
    {
        positionals ??= [];
        valueOptions ??= [];
        flags ??= [];
        var values = new List<string>();
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        var setFlags = new HashSet<string>(StringComparer.Ordinal);

        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (!token.StartsWith("--", StringComparison.Ordinal))
            {
                values.Add(token);
                continue;
            }
            var equals = token.IndexOf('=', StringComparison.Ordinal);
            var name = equals < 0 ? token : token[..equals];
            if (flags.Contains(name))
            {
                if (equals >= 0) throw new CliUsageException($"{name} takes no value.");
                setFlags.Add(name);
                continue;
            }
            if (!valueOptions.Contains(name) && name != PoliciesOption)
                throw new CliUsageException($"Unknown option '{name}' for {command}.");
            string value;
            if (equals >= 0) value = token[(equals + 1)..];
            else if (i + 1 < tokens.Count && !tokens[i + 1].StartsWith("--", StringComparison.Ordinal)) value = tokens[++i];
            else throw new CliUsageException($"{name} needs a value.");
            if (value.Length == 0) throw new CliUsageException($"{name} needs a value.");
            if (!options.TryAdd(name, value)) throw new CliUsageException($"{name} is given more than once.");
        }

        if (values.Count < positionals.Count)
            throw new CliUsageException($"Missing <{positionals[values.Count]}>: {command}.");
        if (values.Count > positionals.Count)
            throw new CliUsageException($"Unexpected argument '{values[positionals.Count]}': {command}.");
        return new CliArguments(values, options, setFlags);
    }
}
