namespace ComplaintsBot.Cli;

/// <summary>One admin command, such as `policy check`.</summary>
internal interface ICliCommand
{
    /// <summary>The words that select it: "policy check", "holidays".</summary>
    string Name { get; }

    /// <summary>The usage line for --help and error messages: "policy check &lt;id|file&gt;".</summary>
    string Usage { get; }

    /// <summary>One line saying what it does.</summary>
    string Summary { get; }

    /// <summary>Runs with the tokens after the command's name; returns the exit status.</summary>
    int Run(IReadOnlyList<string> tokens, CliContext context);
}
