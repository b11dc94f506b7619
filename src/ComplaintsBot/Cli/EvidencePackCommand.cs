using ComplaintsBot.Cases.Deadlines;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Store;
using ComplaintsBot.Reports;
using ComplaintsBot.Workflows.EvidencePack;
using ComplaintsBot.Workflows.Letters;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsBot.Cli;

/// <summary>
/// `evidence-pack HOC-2026-00042 --out &lt;folder&gt;`: the case's whole file for the Housing Ombudsman, as DOCX and as
/// a ZIP with the letters and a contents page. The export is written to the case's audit trail with who ran it
/// (--by, else the operating-system account), as every export from the case card is.
/// </summary>
internal sealed class EvidencePackCommand : ICliCommand
{
    public string Name => "evidence-pack";
    public string Usage => "evidence-pack <case reference> --out <folder> [--by <who>] [--db <file> | --connection <string>]";
    public string Summary => "A case's whole file for the Housing Ombudsman (chronology, responses and letters, extensions, compensation, audit trail) as DOCX and ZIP; audited.";

    public int Run(IReadOnlyList<string> tokens, CliContext context)
    {
        var arguments = CliArguments.Parse(tokens, Usage, positionals: ["case reference"], valueOptions: ["--out", StaffCommand.ByOption, CliStore.DbOption, CliStore.ConnectionOption]);
        if (!CaseReference.TryParse(arguments.Positionals[0], out var reference))
            throw new CliUsageException($"'{arguments.Positionals[0]}' is not a case reference such as HOC-2026-00042.");
        var folder = arguments.RequiredOption("--out", Name);

        using var services = CliStore.Open(arguments, context, context.Policies(arguments));
        var cases = services.GetRequiredService<CaseService>();
        var deadlines = services.GetRequiredService<CaseDeadlines>();
        var packs = new EvidencePacks(
            new EvidencePackBuilder(cases, deadlines, new StageResponseLetters(deadlines), services.GetRequiredService<ReportCases>()),
            services.GetRequiredService<IDbContextFactory<CasesDbContext>>(), context.Clock);
        var found = cases.FindAsync(reference).GetAwaiter().GetResult() ?? throw new CliUsageException($"There is no case {reference}.");
        var actor = StaffCommand.Actor(arguments);
        var (pack, docx, zip) = packs.ExportAsync(found, actor, actor, "admin command").GetAwaiter().GetResult();

        Directory.CreateDirectory(folder);
        var docxPath = Path.Combine(folder, pack.FileStem + ".docx");
        var zipPath = Path.Combine(folder, pack.FileStem + ".zip");
        File.WriteAllBytes(docxPath, docx);
        File.WriteAllBytes(zipPath, zip);
        context.Output.WriteLine(Path.GetFullPath(docxPath));
        context.Output.WriteLine(Path.GetFullPath(zipPath));
        return AdminCli.Success;
    }
}
