using ComplaintsBot.Reports;

namespace ComplaintsBot.Cli;

/// <summary>
/// `report --from 2026-12-01 --to 2026-12-31 --format csv|json --out &lt;path&gt;`: the period's figures from the store,
/// as one CSV file per table in the --out folder, or as JSON (to --out, or to stdout without it).
/// </summary>
internal sealed class ReportCommand : ICliCommand
{
    public string Name => "report";
    public string Usage => "report --from <yyyy-mm-dd> --to <yyyy-mm-dd> --format csv|json [--out <path>] [--homes <n>] [--homes-lcra <n>] [--homes-lcho <n>] [--db <file> | --connection <string>]";
    public string Summary => "Complaint figures for a period (London days, both included): CSV files in a folder, or JSON; TSM CH01 needs --homes or Reports:Homes.";

    public int Run(IReadOnlyList<string> tokens, CliContext context)
    {
        var arguments = CliArguments.Parse(tokens, Usage, valueOptions: ["--from", "--to", "--format", "--out", "--homes", "--homes-lcra", "--homes-lcho", CliStore.DbOption, CliStore.ConnectionOption]);
        var from = CliStore.Date(arguments, "--from", Usage);
        var to = CliStore.Date(arguments, "--to", Usage);
        if (to < from) throw new CliUsageException($"--to {to:yyyy-MM-dd} is before --from {from:yyyy-MM-dd}.");
        var format = arguments.RequiredOption("--format", "report");
        if (format is not ("csv" or "json")) throw new CliUsageException($"--format '{format}' is not csv or json.");
        var output = arguments.Option("--out");
        if (format == "csv" && output is null) throw new CliUsageException("report --format csv needs --out <folder> for its files.");
        var homes = CliStore.HomesByTenure(arguments, context);

        var policies = context.Policies(arguments);
        using var services = CliStore.Open(arguments, context, policies);
        var report = services.GetRequiredService<ComplaintsReportBuilder>().BuildAsync(new ReportPeriod(from, to), homes, ReportFilter.None).GetAwaiter().GetResult();

        if (format == "csv")
        {
            foreach (var path in ReportWriter.WriteCsv(report, output!)) context.Output.WriteLine(path);
        }
        else if (output is null)
        {
            context.Output.WriteLine(ReportWriter.ToJson(report));
        }
        else
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(output));
            if (folder is not null) Directory.CreateDirectory(folder);
            File.WriteAllText(output, ReportWriter.ToJson(report));
            context.Output.WriteLine(Path.GetFullPath(output));
        }
        return AdminCli.Success;
    }
}
