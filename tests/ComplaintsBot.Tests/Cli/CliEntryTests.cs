using ComplaintsBot.Cli;

namespace ComplaintsBot.Tests.Cli;

public sealed class CliEntryTests
{
    [Theory]
    [InlineData(true, "policy", "list")]
    [InlineData(true, "deadlines", "--policy", "wch")]
    [InlineData(true, "holidays", "2026")]
    [InlineData(true, "--help")]
    [InlineData(true, "frobnicate")]
    [InlineData(false, "--urls", "http://localhost:5000")]
    [InlineData(false, "--environment=Development")]
    [InlineData(false, "Urls=http://localhost:5000")]
    [InlineData(false)]
    public void Program_runs_the_cli_for_a_command_and_the_web_host_for_host_arguments(bool isCommand, params string[] args) =>
        Assert.Equal(isCommand, AdminCli.IsCommand(args));

    [Fact]
    public void Help_lists_every_command_and_exits_0()
    {
        var run = CliRun.Of("--help");

        Assert.Equal(0, run.ExitCode);
        foreach (var usage in new[] { "policy list", "policy show <id>", "policy check <id|file>", "deadlines --policy <id> --received <time>", "holidays <year>" })
            Assert.Contains(usage, run.Output);
        Assert.Empty(run.Error);
    }

    [Fact]
    public void Help_after_a_command_still_shows_the_commands() =>
        Assert.Contains("policy check <id|file>", CliRun.Of("deadlines", "--help").Output);

    [Fact]
    public void Holidays_2026_lists_the_eight_bank_holidays_with_boxing_day_substituted_to_monday_28_december() =>
        Assert.Equal(
        [
            "2026-01-01 Thursday New Year’s Day",
            "2026-04-03 Friday Good Friday",
            "2026-04-06 Monday Easter Monday",
            "2026-05-04 Monday Early May bank holiday",
            "2026-05-25 Monday Spring bank holiday",
            "2026-08-31 Monday Summer bank holiday",
            "2026-12-25 Friday Christmas Day",
            "2026-12-28 Monday Boxing Day (substitute day)",
        ], CliRun.Of("holidays", "2026").OutputLines);

    [Fact]
    public void Holidays_2022_include_the_platinum_jubilee_and_the_state_funeral()
    {
        var lines = CliRun.Of("holidays", "2022").OutputLines;

        Assert.Contains("2022-06-02 Thursday Spring bank holiday", lines);
        Assert.Contains("2022-06-03 Friday Platinum Jubilee bank holiday", lines);
        Assert.Contains("2022-09-19 Monday Bank Holiday for the State Funeral of Queen Elizabeth II", lines);
    }
}
