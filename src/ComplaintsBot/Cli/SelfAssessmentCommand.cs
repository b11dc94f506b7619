using ComplaintsBot.Reports;

namespace ComplaintsBot.Cli;

/// <summary>
/// `self-assessment --year 2026`: the annual self-assessment against the Complaint Handling Code for the financial
/// year 1 April 2026 to 31 March 2027 (the year the Tenant Satisfaction Measures are reported on), as Markdown.
/// </summary>
internal sealed class SelfAssessmentCommand : ICliCommand
{
    public string Name => "self-assessment";
    public string Usage => "self-assessment --year <yyyy> [--policy <id>] [--out <file.md>] [--homes <n>] [--homes-lcra <n>] [--homes-lcho <n>] [--db <file> | --connection <string>]";
    public string Summary => "The annual Complaint Handling Code self-assessment (financial year from 1 April) as Markdown: policy, data and findings per requirement.";

    public int Run(IReadOnlyList<string> tokens, CliContext context)
    {
        var arguments = CliArguments.Parse(tokens, Usage, valueOptions: ["--year", "--policy", "--out", "--homes", "--homes-lcra", "--homes-lcho", CliStore.DbOption, CliStore.ConnectionOption]);
        var yearText = arguments.RequiredOption("--year", "self-assessment");
        if (!int.TryParse(yearText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year) || year < 2000 || year > 2099)
            throw new CliUsageException($"--year '{yearText}' is not a year; give the year the financial year starts in, as 2026 for April 2026 to March 2027.");
        var policyId = arguments.Option("--policy") ?? context.Configuration["ComplaintsBot:ActivePolicy"] ?? "hoc-2024";
        var policy = context.Policy(arguments, policyId);
        var homes = CliStore.HomesByTenure(arguments, context);

        var policies = context.Policies(arguments);
        using var services = CliStore.Open(arguments, context, policies);
        var period = new ReportPeriod(new DateOnly(year, 4, 1), new DateOnly(year + 1, 3, 31));
        var report = services.GetRequiredService<ComplaintsReportBuilder>().BuildAsync(period, homes, ReportFilter.None).GetAwaiter().GetResult();
        var document = SelfAssessmentDocument.Write(policy, report, context.Clock.GetUtcNow());

        if (arguments.Option("--out") is { } output)
        {
            File.WriteAllText(output, document);
            context.Output.WriteLine(Path.GetFullPath(output));
        }
        else
        {
            context.Output.Write(document);
        }
        return AdminCli.Success;
    }
}
