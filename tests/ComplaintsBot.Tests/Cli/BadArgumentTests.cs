namespace ComplaintsBot.Tests.Cli;

/// <summary>Every kind of bad argument: one line on stderr naming the problem, nothing on stdout, exit status 2.</summary>
public sealed class BadArgumentTests
{
    private static readonly string[] Received = ["deadlines", "--policy", "hoc-2024", "--received", "2026-12-18T10:30"];

    [Theory]
    [InlineData("Unknown command 'frobnicate'", "frobnicate")]
    [InlineData("Unknown command 'policy frobnicate'", "policy", "frobnicate")]
    [InlineData("'policy' needs a command", "policy")]
    [InlineData("Missing <id>", "policy", "show")]
    [InlineData("Unexpected argument 'extra'", "policy", "show", "wch", "extra")]
    [InlineData("Unknown policy 'nope'", "policy", "show", "nope")]
    [InlineData("Unknown policy 'nope'", "policy", "check", "nope")]
    [InlineData("No policy file 'missing.yaml'", "policy", "check", "missing.yaml")]
    [InlineData("Unknown option '--verbose' for policy list", "policy", "list", "--verbose")]
    [InlineData("does not exist", "policy", "list", "--policies", "/no/such/folder")]
    [InlineData("'20x6' is not a year", "holidays", "20x6")]
    [InlineData("'1066' is not a year the calendar covers", "holidays", "1066")]
    [InlineData("deadlines needs --policy", "deadlines", "--received", "2026-12-18T10:30")]
    [InlineData("deadlines needs --received", "deadlines", "--policy", "hoc-2024")]
    [InlineData("Unknown policy 'nope'", "deadlines", "--policy", "nope", "--received", "2026-12-18T10:30")]
    [InlineData("--received needs a value", "deadlines", "--policy", "hoc-2024", "--received")]
    [InlineData("--received needs a value", "deadlines", "--policy", "hoc-2024", "--received", "--json")]
    [InlineData("--received '18/12/2026' is not a time", "deadlines", "--policy", "hoc-2024", "--received", "18/12/2026")]
    [InlineData("--received '2026-02-30T10:00' is not a time", "deadlines", "--policy", "hoc-2024", "--received", "2026-02-30T10:00")]
    [InlineData("--json takes no value", "deadlines", "--policy", "hoc-2024", "--received", "2026-12-18T10:30", "--json=yes")]
    [InlineData("--policy is given more than once", "deadlines", "--policy", "hoc-2024", "--policy", "wch", "--received", "2026-12-18T10:30")]
    public void Bad_arguments_print_one_line_on_stderr_and_exit_2(string message, params string[] args) =>
        AssertBadArguments(CliRun.Of(args), message);

    [Theory]
    [InlineData("--acknowledged", "yesterday", "--acknowledged 'yesterday' is not a time")]
    [InlineData("--extension-days", "ten", "--extension-days 'ten' is not a number of working days")]
    [InlineData("--extension-days", "0", "--extension-days '0' is not a number of working days")]
    [InlineData("--extension-days", "-3", "--extension-days '-3' is not a number of working days")]
    [InlineData("--category", "grumble", "Unknown category 'grumble' in policy hoc-2024")]
    [InlineData("--stage", "2", "Unknown option '--stage' for deadlines")]
    public void Bad_deadline_options_print_one_line_on_stderr_and_exit_2(string option, string value, string message) =>
        AssertBadArguments(CliRun.Of([.. Received, option, value]), message);

    [Fact]
    public void An_event_before_the_complaint_was_received_is_refused() =>
        AssertBadArguments(CliRun.Of([.. Received, "--acknowledged", "2026-12-17T10:30"]), "before the case was received");

    [Fact]
    public void Running_without_a_command_shows_the_help_and_exits_2()
    {
        var run = CliRun.Of();

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("policy list", run.Output);
    }

    private static void AssertBadArguments(CliRun run, string message)
    {
        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Output);
        var line = Assert.Single(run.Error.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: ", line);
        Assert.DoesNotContain("(Parameter", line);
        Assert.Contains(message, line);
    }
}
