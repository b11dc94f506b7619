using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Rules;
using ComplaintsBot.Cases.Staff;
using ComplaintsBot.Cases.Store;
using ComplaintsBot.Workflows.Erasure;
using ComplaintsBot.Workflows.Retention;
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

    public static CaseReference Reference(string text) =>
        CaseReference.TryParse(text, out var reference) ? reference : throw new CliUsageException($"'{text}' is not a case reference; write it like WCH-2026-00042.");

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
            + (result.Cases.Count == 0 ? "." : $" ({string.Join(' ', result.Cases.Select(c => c.Reference))})."));
        if (result.AsRepresentative.Count > 0)
            context.Output.WriteLine($"{result.AsRepresentative.Count} case{(result.AsRepresentative.Count == 1 ? "" : "s")} where they acted for another customer, as representative "
                + $"({string.Join(' ', result.AsRepresentative.Select(c => c.Reference))}): found by name, check it is the same person.");
        context.Output.WriteLine($"Received {request.ReceivedOn:yyyy-MM-dd}; the answer is due by {request.DueOn:yyyy-MM-dd}.");
        context.Output.WriteLine($"{result.LinesToReview} line{(result.LinesToReview == 1 ? "" : "s")} marked REVIEW to check before release: {Path.GetFullPath(output)}");
        return AdminCli.Success;
    }
}

/// <summary>
/// `privacy extend-request &lt;request number&gt; --months 1|2 --reason &lt;text&gt; --told &lt;date&gt; --by &lt;staff&gt;`: the answer to a
/// subject access request extended by further months (UK GDPR Article 12(3)), the person told within the first month.
/// </summary>
internal sealed class PrivacyExtendRequestCommand : ICliCommand
{
    public string Name => "privacy extend-request";
    public string Usage => "privacy extend-request <request number> --months <1|2> --reason <why it is complex or numerous> --told <yyyy-mm-dd> --by <email|object id> [--db <file> | --connection <string>]";
    public string Summary => "Extends a subject access request's answer by one or two further months (complex or numerous), the person told within the first month; audited.";

    public int Run(IReadOnlyList<string> tokens, CliContext context)
    {
        var arguments = CliArguments.Parse(tokens, Usage,
            positionals: ["request number"], valueOptions: ["--months", "--reason", "--told", PrivacyCommand.ByOption, CliStore.DbOption, CliStore.ConnectionOption]);
        var number = int.TryParse(arguments.Positionals[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)
            ? n : throw new CliUsageException($"'{arguments.Positionals[0]}' is not a request number; give it as privacy export printed it (Subject access request 12: ...).");
        var monthsText = arguments.RequiredOption("--months", "privacy extend-request");
        var months = int.TryParse(monthsText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var m)
            ? m : throw new CliUsageException($"--months is 1 or 2, not '{monthsText}'.");
        var reason = arguments.RequiredOption("--reason", "privacy extend-request");
        var told = CliStore.Date(arguments, "--told", Usage);
        using var services = PrivacyCommand.Open(arguments, context);
        var by = PrivacyCommand.Staff(services, arguments, Usage);
        var extension = new SubjectAccessExtension(services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<CasesDbContext>>(),
            PrivacyCommand.Access(context), context.Clock);
        Cases.Domain.SubjectAccessRequest request;
        try
        {
            request = extension.ExtendAsync(new SubjectAccessExtensionAsk(number, months, reason, told), by).GetAwaiter().GetResult();
        }
        catch (SubjectAccessRefusedException refused)
        {
            throw new CliUsageException(refused.Message);
        }
        context.Output.WriteLine($"Subject access request {request.Id}: received {request.ReceivedOn:yyyy-MM-dd}, first due {request.DueOn:yyyy-MM-dd}; "
            + $"extended by {request.ExtendedByMonths} further month{(request.ExtendedByMonths == 1 ? "" : "s")}: now due by {request.ExtendedDueOn:yyyy-MM-dd} "
            + $"(told on {request.ExtensionToldOn:yyyy-MM-dd}).");
        return AdminCli.Success;
    }
}

/// <summary>`privacy retention [--dry-run]`: the cases whose retention date has come; without --dry-run, anonymises them now.</summary>
internal sealed class PrivacyRetentionCommand : ICliCommand
{
    public string Name => "privacy retention";
    public string Usage => "privacy retention [--dry-run] [--db <file> | --connection <string>]";
    public string Summary => "Lists the cases the retention schedule (Retention:YearsAfterClosure) would anonymise now, held ones marked; without --dry-run, anonymises them.";

    public int Run(IReadOnlyList<string> tokens, CliContext context)
    {
        var arguments = CliArguments.Parse(tokens, Usage, valueOptions: [CliStore.DbOption, CliStore.ConnectionOption], flags: ["--dry-run"]);
        var options = context.Configuration.GetSection(RetentionOptions.SectionName).Get<RetentionOptions>() ?? new RetentionOptions();
        if (options.YearsAfterClosure.All.Any(years => years < 1))
            throw new CliUsageException("Retention:YearsAfterClosure needs at least 1 year for each kind of record.");
        using var services = PrivacyCommand.Open(arguments, context);
        var sweep = new RetentionSweep(services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<CasesDbContext>>(),
            services.GetRequiredService<CaseAnonymiser>(), Options.Create(options), context.Clock,
            // On PostgreSQL the command takes the job's lock, so it never runs beside an instance's scheduled run.
            CliStore.SqlitePath(arguments, context) is null
                ? new PostgreSqlRetentionLock(arguments.Option(CliStore.ConnectionOption) ?? CaseStoreOptions.ResolvePostgreSqlConnection(context.Configuration))
                : null);
        var due = sweep.DueAsync().GetAwaiter().GetResult();
        context.Output.WriteLine("reference\tkind\tended\tdue\tkept");
        foreach (var item in due)
            context.Output.WriteLine($"{item.Reference}\t{item.Kind}\t{item.EndedOn:yyyy-MM-dd}\t{item.DueOn:yyyy-MM-dd}\t{(item.Held ? $"legal hold: {item.HoldReason}" : "-")}");
        var held = due.Count(i => i.Held);
        if (arguments.Flag("--dry-run"))
        {
            context.Output.WriteLine($"{due.Count - held} would be anonymised; {held} kept under legal hold. Nothing was changed (--dry-run).");
            return AdminCli.Success;
        }
        var result = sweep.RunOnceAsync().GetAwaiter().GetResult();
        context.Output.WriteLine(result.RanElsewhere
            ? "Another instance is running the retention job now; nothing was changed here."
            : $"{result.Anonymised} anonymised; {result.Held} kept under legal hold; {result.ChangedMeanwhile} changed meanwhile (left for the next run).");
        return AdminCli.Success;
    }
}

/// <summary>`privacy hold &lt;case reference&gt; --reason &lt;text&gt; --by &lt;staff&gt;`.</summary>
internal sealed class PrivacyHoldCommand : ICliCommand
{
    public string Name => "privacy hold";
    public string Usage => "privacy hold <case reference> --reason <text> --by <email|object id> [--db <file> | --connection <string>]";
    public string Summary => "Places a legal hold on a case (managers and administrators): the retention job and erasure leave it alone until it is lifted.";

    public int Run(IReadOnlyList<string> tokens, CliContext context)
    {
        var arguments = CliArguments.Parse(tokens, Usage, positionals: ["case reference"], valueOptions: ["--reason", PrivacyCommand.ByOption, CliStore.DbOption, CliStore.ConnectionOption]);
        var reference = PrivacyCommand.Reference(arguments.Positionals[0]);
        var reason = arguments.RequiredOption("--reason", "privacy hold");
        using var services = PrivacyCommand.Open(arguments, context);
        var by = PrivacyCommand.Staff(services, arguments, Usage);
        try
        {
            new LegalHolds(services.GetRequiredService<CaseService>()).PlaceAsync(reference, reason, by).GetAwaiter().GetResult();
        }
        catch (LegalHoldRefusedException refused)
        {
            throw new CliUsageException(refused.Message);
        }
        context.Output.WriteLine($"{reference} is under legal hold: kept past its retention date, and not erased, until the hold is lifted.");
        return AdminCli.Success;
    }
}

/// <summary>`privacy lift-hold &lt;case reference&gt; --by &lt;staff&gt;`.</summary>
internal sealed class PrivacyLiftHoldCommand : ICliCommand
{
    public string Name => "privacy lift-hold";
    public string Usage => "privacy lift-hold <case reference> --by <email|object id> [--db <file> | --connection <string>]";
    public string Summary => "Lifts a case's legal hold (managers and administrators): it goes back under the retention schedule.";

    public int Run(IReadOnlyList<string> tokens, CliContext context)
    {
        var arguments = CliArguments.Parse(tokens, Usage, positionals: ["case reference"], valueOptions: [PrivacyCommand.ByOption, CliStore.DbOption, CliStore.ConnectionOption]);
        var reference = PrivacyCommand.Reference(arguments.Positionals[0]);
        using var services = PrivacyCommand.Open(arguments, context);
        var by = PrivacyCommand.Staff(services, arguments, Usage);
        try
        {
            new LegalHolds(services.GetRequiredService<CaseService>()).LiftAsync(reference, by).GetAwaiter().GetResult();
        }
        catch (LegalHoldRefusedException refused)
        {
            throw new CliUsageException(refused.Message);
        }
        context.Output.WriteLine($"{reference} is no longer under legal hold.");
        return AdminCli.Success;
    }
}

/// <summary>`privacy erase --customer &lt;reference or name&gt; --by &lt;staff&gt;`: erasure on request.</summary>
internal sealed class PrivacyEraseCommand : ICliCommand
{
    public string Name => "privacy erase";
    public string Usage => "privacy erase --customer <tenancy reference or name> [--tenancy <reference>] --by <email|object id> [--db <file> | --connection <string>]";
    public string Summary => "Erasure on request: anonymises one customer's data on every case about them; refused, with the reason, while a case is open or held.";

    public int Run(IReadOnlyList<string> tokens, CliContext context)
    {
        var arguments = CliArguments.Parse(tokens, Usage, valueOptions: ["--customer", "--tenancy", PrivacyCommand.ByOption, CliStore.DbOption, CliStore.ConnectionOption]);
        var customer = arguments.RequiredOption("--customer", "privacy erase");
        using var services = PrivacyCommand.Open(arguments, context);
        var by = PrivacyCommand.Staff(services, arguments, Usage);
        var contexts = services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<CasesDbContext>>();
        var erasure = new CustomerErasure(contexts, services.GetRequiredService<CustomerCases>(), services.GetRequiredService<CaseAnonymiser>(),
            new UnfinishedDrafts(contexts), context.Clock);
        ErasureResult result;
        try
        {
            result = erasure.EraseAsync(customer, arguments.Option("--tenancy"), by).GetAwaiter().GetResult();
        }
        catch (ErasureRefusedException refused)
        {
            throw new CliUsageException(refused.Message);
        }
        context.Output.WriteLine($"Erased: {result.Cases.Count} case{(result.Cases.Count == 1 ? "" : "s")} anonymised ({string.Join(' ', result.Cases)}); "
            + $"{result.SubjectAccessRequests} subject access request record{(result.SubjectAccessRequests == 1 ? "" : "s")} no longer name them.");
        if (result.UnfinishedDrafts.Count > 0)
            context.Output.WriteLine(UnfinishedDraftsNotice(result.UnfinishedDrafts));
        return AdminCli.Success;
    }

    /// <summary>What the person erasing is told about drafts left as they were (docs/records.md says why they are not changed).</summary>
    internal static string UnfinishedDraftsNotice(IReadOnlyList<UnfinishedDraft> drafts) =>
        $"Not changed: {drafts.Count} unfinished draft{(drafts.Count == 1 ? "" : "s")} in the bot mention{(drafts.Count == 1 ? "s" : "")} the customer, "
        + $"being typed by {string.Join("; ", drafts.Select(d => $"{d.TypedBy} (last changed {d.LastChanged.UtcDateTime:yyyy-MM-dd HH:mm} UTC)"))}. "
        + "Ask each to save it (a new contact becomes a case, kept while it is open) or to abandon it.";
}
