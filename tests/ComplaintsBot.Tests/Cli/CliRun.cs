using ComplaintsBot.Cli;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Time.Testing;

namespace ComplaintsBot.Tests.Cli;

/// <summary>Runs the admin CLI in-process with captured output, as `dotnet run -- &lt;args&gt;` would.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    /// <summary>A fixed clock: deadline statuses depend on now, the dates the CLI prints never do.</summary>
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero));

    public static CliRun Of(params string[] args) => With(new ConfigurationBuilder().Build(), args);

    public static CliRun With(IConfiguration configuration, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = AdminCli.Run(args, output, error, configuration, Clock);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }

    public string[] OutputLines => Output.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
}
