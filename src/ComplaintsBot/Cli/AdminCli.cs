using ComplaintsBot.Hosting;
using Microsoft.Extensions.Configuration;

namespace ComplaintsBot.Cli;

/// <summary>
/// The admin command line of the host executable: `dotnet run --project src/ComplaintsBot -- policy check wch`.
/// Exit status 0 on success, 1 when `policy check` finds shortfalls, 2 for bad arguments or input.
/// </summary>
public static class AdminCli
{
    public const int Success = 0;
    public const int FindingsFound = 1;
    public const int BadArguments = 2;
    /// <summary>The store could not be opened or migrated (unreachable, refused, schema newer than this build).</summary>
    public const int Failed = 3;

    private static readonly ICliCommand[] Commands =
    [
        new PolicyListCommand(),
        new PolicyShowCommand(),
        new PolicyCheckCommand(),
        new DeadlinesCommand(),
        new HolidaysCommand(),
        new ReportCommand(),
        new PackageCommand(),
        new SelfAssessmentCommand(),
        new AnnualReportCommand(),
        new EvidencePackCommand(),
        new MigrateCommand(),
        new StaffImportCommand(),
        new StaffListCommand(),
        new StaffGrantCommand(),
        new StaffRevokeCommand(),
        new StaffLineManagerCommand(),
        new StaffBootstrapAdminCommand(),
        new DemoSeedCommand(),
        new PrivacyExportCommand(),
        new PrivacyExtendRequestCommand(),
        new PrivacyRetentionCommand(),
        new PrivacyHoldCommand(),
        new PrivacyLiftHoldCommand(),
        new PrivacyEraseCommand(),
    ];

    private static readonly string[] HelpWords = ["--help", "-h", "help"];

    /// <summary>
    /// Whether the arguments are for the CLI rather than the web host. Host arguments are options
    /// (--urls ..., --environment ...) or key=value settings; anything else is a command, known or not.
    /// </summary>
    public static bool IsCommand(IReadOnlyList<string> args) =>
        args.Count > 0
        && (HelpWords.Contains(args[0]) || (!args[0].StartsWith('-') && !args[0].Contains('=', StringComparison.Ordinal)));

    /// <summary>
    /// Runs against the console, with the host's configuration: appsettings.json (and appsettings.{Environment}.json)
    /// in the host's content root, then environment variables (Store__Provider, ConnectionStrings__Cases, ...).
    /// </summary>
    public static int RunInConsole(string[] args) =>
        Run(args, Console.Out, Console.Error, Hosting.HostConfiguration.ForCommands(), TimeProvider.System);

    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error, IConfiguration? configuration = null, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Count == 0 || args[0] == "help" || args.Any(a => a is "--help" or "-h"))
        {
            WriteHelp(output);
            return args.Count == 0 ? BadArguments : Success;
        }
        var context = new CliContext(output, configuration ?? new ConfigurationBuilder().Build(), clock ?? TimeProvider.System);
        foreach (var problem in Hosting.SettingsCheck.Problems(context.Configuration)) error.WriteLine($"warning: {problem}");
        try
        {
            var command = Find(args);
            var rest = args.Skip(command.Name.Split(' ').Length).ToList();
            return command.Run(rest, context);
        }
        catch (CliUsageException e)
        {
            error.WriteLine($"error: {e.Message}");
            return BadArguments;
        }
        catch (Exception e) when (StartupFailure.IsExpected(e))
        {
            // The store's settings, schema or connection: one line, as the host says it at start.
            error.WriteLine($"error: {StartupFailure.OneLine(e)}");
            return Failed;
        }
    }

    private static ICliCommand Find(IReadOnlyList<string> args)
    {
        foreach (var command in Commands)
        {
            var words = command.Name.Split(' ');
            if (args.Count >= words.Length && words.Select((w, i) => w == args[i]).All(match => match)) return command;
        }
        var group = Commands.Where(c => c.Name.StartsWith(args[0] + " ", StringComparison.Ordinal)).ToList();
        if (group.Count > 0)
        {
            var choices = string.Join(", ", group.Select(c => c.Usage));
            throw new CliUsageException(args.Count > 1
                ? $"Unknown command '{args[0]} {args[1]}'; use {choices}."
                : $"'{args[0]}' needs a command: {choices}.");
        }
        throw new CliUsageException($"Unknown command '{args[0]}'; run with --help for the commands.");
    }

    private static void WriteHelp(TextWriter output)
    {
        output.WriteLine("ComplaintsBot admin commands (without one, the executable starts the bot's web host):");
        output.WriteLine();
        foreach (var command in Commands)
        {
            output.WriteLine($"  {command.Usage}");
            output.WriteLine($"      {command.Summary}");
        }
        output.WriteLine();
        output.WriteLine("Every command accepts --policies <folder>; the default is configuration ComplaintsBot:PoliciesFolder (as the bot), else policies/ beside the executable.");
        output.WriteLine("Commands that use the store read the host's settings (appsettings.json, environment): Store:Provider, Store:SqlitePath,");
        output.WriteLine("ConnectionStrings:Cases; --db <file> names a SQLite file, --connection <string> a PostgreSQL database.");
        output.WriteLine("Times are London local (2026-12-18T10:30) or carry an offset (2026-06-18T10:30+01:00, 2026-06-18T09:30Z).");
        output.WriteLine("Exit status: 0 done, 1 policy check found shortfalls or migrate --check found migrations to apply, 2 bad arguments or input,");
        output.WriteLine("3 the store could not be opened or migrated.");
    }
}
