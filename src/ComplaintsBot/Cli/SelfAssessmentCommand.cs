using System.Globalization;
using ComplaintsBot.Reports;

namespace ComplaintsBot.Cli;

/// <summary>
/// `self-assessment --year 2026`: the annual self-assessment against every provision of the Complaint Handling Code's
/// self-assessment form for the financial year 1 April 2026 to 31 March 2027 (the year the Tenant Satisfaction Measures
/// are reported on), as Markdown: the same assessment as section 9 of `annual-report`, from the same list of provisions.
/// </summary>
internal sealed class SelfAssessmentCommand : ICliCommand
{
    public string Name => "self-assessment";
    public string Usage => "self-assessment --year <yyyy> [--policy <id>] [--out <file.md>] [--evidence <file.yaml>] [--homes <n>] [--homes-lcra <n>] [--homes-lcho <n>] [--db <file> | --connection <string>]";
    public string Summary => "The annual Complaint Handling Code self-assessment (financial year from 1 April) as Markdown: every provision of the Ombudsman's form, with evidence, data and a verdict.";

    public int Run(IReadOnlyList<string> tokens, CliContext context)
    {
        var arguments = CliArguments.Parse(tokens, Usage, valueOptions: ["--year", "--policy", "--out", "--evidence", "--homes", "--homes-lcra", "--homes-lcho", CliStore.DbOption, CliStore.ConnectionOption]);
        var yearText = arguments.RequiredOption("--year", Name);
        if (!int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 2000 || year > 2099)
            throw new CliUsageException($"--year '{yearText}' is not a year; give the year the financial year starts in, as 2026 for April 2026 to March 2027.");
        var policyId = arguments.Option("--policy") ?? context.Configuration["ComplaintsBot:ActivePolicy"] ?? "hoc-2024";
        var policy = context.Policy(arguments, policyId);
        var homes = CliStore.HomesByTenure(arguments, context);
        var evidence = arguments.Option("--evidence") is { } evidenceFile ? AnnualReportCommand.ReadEvidence(evidenceFile) : new Dictionary<string, LandlordEvidence>();

        var policies = context.Policies(arguments);
        using var services = CliStore.Open(arguments, context, policies);
        var builder = new AnnualReportBuilder(services.GetRequiredService<ReportCases>(), services.GetRequiredService<ComplaintsReportBuilder>(), context.Clock);
        var report = builder.BuildAsync(year, policy, homes, evidence, governingBodyResponse: null).GetAwaiter().GetResult();
        var document = SelfAssessmentDocument.Write(policy, report);

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
