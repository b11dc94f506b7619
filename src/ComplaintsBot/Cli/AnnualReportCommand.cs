using System.Globalization;
using ComplaintsBot.Reports;

namespace ComplaintsBot.Cli;

/// <summary>
/// `annual-report --year 2026 --out &lt;folder&gt;`: the annual complaints performance and service improvement report
/// (Code 8.1) for the financial year 1 April 2026 to 31 March 2027, as DOCX and HTML, with the self-assessment
/// against every provision of the Code. The landlord's evidence for what the records cannot show (--evidence, YAML)
/// and the governing body's response (--response, text) go in when given.
/// </summary>
internal sealed class AnnualReportCommand : ICliCommand
{
    public string Name => "annual-report";
    public string Usage => "annual-report --year <yyyy> --out <folder> [--policy <id>] [--evidence <file.yaml>] [--response <file.txt>] [--homes <n>] [--homes-lcra <n>] [--homes-lcho <n>] [--db <file> | --connection <string>]";
    public string Summary => "The Code's annual complaints performance and service improvement report (financial year from 1 April) as DOCX and HTML: figures, TSMs by tenure, learning, Ombudsman determinations, the full self-assessment.";

    public int Run(IReadOnlyList<string> tokens, CliContext context)
    {
        var arguments = CliArguments.Parse(tokens, Usage, valueOptions: ["--year", "--out", "--policy", "--evidence", "--response", "--homes", "--homes-lcra", "--homes-lcho", CliStore.DbOption, CliStore.ConnectionOption]);
        var yearText = arguments.RequiredOption("--year", Name);
        if (!int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 2000 || year > 2099)
            throw new CliUsageException($"--year '{yearText}' is not a year; give the year the financial year starts in, as 2026 for April 2026 to March 2027.");
        var folder = arguments.RequiredOption("--out", Name);
        var policyId = arguments.Option("--policy") ?? context.Configuration["ComplaintsBot:ActivePolicy"] ?? "hoc-2024";
        var policy = context.Policy(arguments, policyId);
        var homes = CliStore.HomesByTenure(arguments, context);
        var evidence = arguments.Option("--evidence") is { } evidenceFile ? ReadEvidence(evidenceFile) : new Dictionary<string, LandlordEvidence>();
        var response = arguments.Option("--response") is { } responseFile ? ReadText(responseFile, "--response") : null;

        var policies = context.Policies(arguments);
        using var services = CliStore.Open(arguments, context, policies);
        var builder = new AnnualReportBuilder(services.GetRequiredService<ReportCases>(), services.GetRequiredService<ComplaintsReportBuilder>(), context.Clock);
        var report = builder.BuildAsync(year, policy, homes, evidence, response).GetAwaiter().GetResult();
        var document = AnnualReportDocument.Write(report);

        Directory.CreateDirectory(folder);
        var name = $"annual-complaints-report-{year}-{(year + 1) % 100:00}";
        var docx = Path.Combine(folder, name + ".docx");
        var html = Path.Combine(folder, name + ".html");
        File.WriteAllBytes(docx, ReportDocumentDocx.Write(document));
        File.WriteAllText(html, ReportDocumentHtml.Write(document));
        context.Output.WriteLine(Path.GetFullPath(docx));
        context.Output.WriteLine(Path.GetFullPath(html));
        var toEvidence = report.Count(AssessmentVerdict.LandlordToEvidence);
        if (toEvidence > 0)
            context.Output.WriteLine($"{toEvidence} provisions of the Code need the landlord's evidence (--evidence <file.yaml>); the report lists them in section 9.");
        return AdminCli.Success;
    }

    /// <summary>The landlord's evidence file (--evidence), shared with `self-assessment`.</summary>
    internal static IReadOnlyDictionary<string, LandlordEvidence> ReadEvidence(string path)
    {
        try { return LandlordEvidence.Parse(ReadText(path, "--evidence")); }
        catch (FormatException e) { throw new CliUsageException($"{path}: {e.Message}"); }
    }

    private static string ReadText(string path, string option) =>
        File.Exists(path) ? File.ReadAllText(path) : throw new CliUsageException($"{option} {path}: no such file.");
}
