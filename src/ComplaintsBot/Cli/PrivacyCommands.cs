using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Rules;
using ComplaintsBot.Cases.Staff;
using ComplaintsBot.Cases.Store;
using ComplaintsBot.Workflows.SubjectAccess;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace ComplaintsBot.Cli;

/// <summary>
/// What the privacy commands share: the store (migrated, as they record what they do), and the member of staff acting
/// (--by, their work email or Entra object id), whose roles decide what they may do.
/// </summary>
internal static class PrivacyCommand
{
    public const string ByOption = "--by";

    public static ServiceProvider Open(CliArguments arguments, CliContext context)
    {
        var services = CliStore.Open(arguments, context, context.Policies(arguments));
        services.MigrateCaseStoreAsync().GetAwaiter().GetResult();
        return services;
    }

    public static StaffMember Staff(IServiceProvider services, CliArguments arguments, string usage)
    {
        var by = arguments.RequiredOption(ByOption, usage.Split(" [")[0].Split(" --")[0]);
        return services.GetRequiredService<StaffAdministration>().FindAsync(by).GetAwaiter().GetResult()
            ?? throw new CliUsageException($"Nobody in the staff directory has the email or object id {by}; --by names the member of staff acting.");
    }

    public static IOptions<CaseAccessOptions> Access(CliContext context) =>
        Options.Create(context.Configuration.GetSection(CaseAccessOptions.SectionName).Get<CaseAccessOptions>() ?? new CaseAccessOptions());
}

/// <summary>
/// `privacy export --customer &lt;reference or name&gt; --by &lt;staff&gt; --out &lt;file.docx&gt;`: the subject access document,
/// and the request recorded with its due date.
/// </summary>
internal sealed class PrivacyExportCommand : ICliCommand
{
    public string Name => "privacy export";
    public string Usage => "privacy export --customer <tenancy reference or name> [--tenancy <reference>] --by <email|object id> --out <file.docx> [--requested-by <name>] [--received <yyyy-mm-dd>] [--db <file> | --connection <string>]";
    public string Summary => "Subject access: every case about a customer in one DOCX, other people's data marked for review; records the request and its one-month due date.";

    public int Run(IReadOnlyList<string> tokens, CliContext context)
    {
        var arguments = CliArguments.Parse(tokens, Usage,
            valueOptions: ["--customer", "--tenancy", PrivacyCommand.ByOption, "--out", "--requested-by", "--received", CliStore.DbOption, CliStore.ConnectionOption]);
        var customer = arguments.RequiredOption("--customer", "privacy export");
        var output = arguments.RequiredOption("--out", "privacy export");
        DateOnly? received = arguments.Option("--received") is null ? null : CliStore.Date(arguments, "--received", Usage);
        using var services = PrivacyCommand.Open(arguments, context);
        var preparer = PrivacyCommand.Staff(services, arguments, Usage);
        var export = new SubjectAccessExport(services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<CasesDbContext>>(),
            services.GetRequiredService<CustomerCases>(), PrivacyCommand.Access(context), context.Clock);
        SubjectAccessResult result;
        try
        {
            result = export.ExportAsync(new SubjectAccessAsk(customer, arguments.Option("--tenancy"), arguments.Option("--requested-by"), received), preparer)
                .GetAwaiter().GetResult();
        }
        catch (SubjectAccessRefusedException refused)
        {
            throw new CliUsageException(refused.Message);
        }
        var folder = Path.GetDirectoryName(Path.GetFullPath(output));
        if (folder is not null) Directory.CreateDirectory(folder);
        File.WriteAllBytes(output, result.Docx);
        var request = result.Request;
        context.Output.WriteLine($"Subject access request {request.Id}: {result.Cases.Count} case{(result.Cases.Count == 1 ? "" : "s")} about {request.Customer}"
            + (result.Cases.Count == 0 ? "." : $" ({request.CaseReferences})."));
        context.Output.WriteLine($"Received {request.ReceivedOn:yyyy-MM-dd}; the answer is due by {request.DueOn:yyyy-MM-dd}.");
        context.Output.WriteLine($"{result.LinesToReview} line{(result.LinesToReview == 1 ? "" : "s")} marked REVIEW to check before release: {Path.GetFullPath(output)}");
        return AdminCli.Success;
    }
}
