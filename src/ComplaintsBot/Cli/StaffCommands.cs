using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Staff;

namespace ComplaintsBot.Cli;

/// <summary>
/// What every staff command shares: the store (created or migrated first), who is making the change for the audit
/// trail (--by, else the operating-system account running the command), and a refused change as a one-line error.
/// </summary>
internal static class StaffCommand
{
    public const string ByOption = "--by";

    public static string Actor(CliArguments arguments) =>
        arguments.Option(ByOption) is { } by ? by.Trim() : $"cli:{Environment.UserName}";

    public static int Run(CliArguments arguments, CliContext context, Func<StaffAdministration, Task> run)
    {
        using var services = CliStore.OpenForChanges(arguments, context);
        try
        {
            run(services.GetRequiredService<StaffAdministration>()).GetAwaiter().GetResult();
            return AdminCli.Success;
        }
        catch (StaffChangeRefusedException refused)
        {
            throw new CliUsageException(refused.Message);
        }
    }

    public static string Line(StaffMember member) =>
        $"{member.DisplayName}\t{member.Email ?? "-"}\t{member.AadObjectId}\t{member.Team ?? "-"}\t"
        + $"{(member.EffectiveRoles() is { Count: > 0 } roles ? string.Join(',', roles) : "-")}\t"
        + $"{member.LineManager?.DisplayName ?? "-"}";
}

/// <summary>`staff import &lt;file.csv&gt;`: everyone in an HR export, all or nothing.</summary>
internal sealed class StaffImportCommand : ICliCommand
{
    public string Name => "staff import";
    public string Usage => "staff import <file.csv> [--by <name>] [--db <file> | --connection <string>]";
    public string Summary => "Adds or updates the people in an HR export (name, work email, Entra object id, team, line manager, roles); one bad line and nothing is imported.";

    public int Run(IReadOnlyList<string> tokens, CliContext context)
    {
        var arguments = CliArguments.Parse(tokens, Usage, positionals: ["file.csv"], valueOptions: [StaffCommand.ByOption, CliStore.DbOption, CliStore.ConnectionOption]);
        var file = arguments.Positionals[0];
        List<StaffImportRow> rows;
        try
        {
            using var input = File.OpenRead(file);
            rows = StaffCsv.Read(input);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException or IOException)
        {
            throw new CliUsageException($"Cannot read {file}: {e.Message}");
        }
        catch (StaffImportException bad)
        {
            throw new CliUsageException(Refusal(file, bad));
        }
        return StaffCommand.Run(arguments, context, async staff =>
        {
            try
            {
                var result = await staff.ImportAsync(rows, StaffCommand.Actor(arguments));
                context.Output.WriteLine($"Imported {rows.Count} people from {file}: {result.Added} added, {result.Changed} changed, {result.Unchanged} unchanged.");
            }
            catch (StaffImportException bad)
            {
                throw new CliUsageException(Refusal(file, bad));
            }
        });
    }

    private static string Refusal(string file, StaffImportException bad) =>
        $"{file} was not imported (nothing was changed):{Environment.NewLine}"
        + string.Join(Environment.NewLine, bad.Problems.Select(p => $"  {file}:{p}"));
}

/// <summary>`staff list`: everyone, with email, object id, team, roles and line manager.</summary>
internal sealed class StaffListCommand : ICliCommand
{
    public string Name => "staff list";
    public string Usage => "staff list [--db <file> | --connection <string>]";
    public string Summary => "Lists the staff directory: name, email, Entra object id, team, roles, line manager (tab-separated).";

    public int Run(IReadOnlyList<string> tokens, CliContext context)
    {
        var arguments = CliArguments.Parse(tokens, Usage, valueOptions: [CliStore.DbOption, CliStore.ConnectionOption]);
        return StaffCommand.Run(arguments, context, async staff =>
        {
            context.Output.WriteLine("name\temail\tobject id\tteam\troles\tline manager");
            foreach (var member in await staff.ListAsync()) context.Output.WriteLine(StaffCommand.Line(member));
        });
    }
}

/// <summary>`staff grant &lt;email|object id&gt; &lt;role&gt;`.</summary>
internal sealed class StaffGrantCommand : ICliCommand
{
    public string Name => "staff grant";
    public string Usage => "staff grant <email|object id> <role> [--by <name>] [--db <file> | --connection <string>]";
    public string Summary => $"Gives a person a role: {string.Join(", ", StaffRoles.All)}, or a role a policy names (complaint-lead...).";

    public int Run(IReadOnlyList<string> tokens, CliContext context)
    {
        var arguments = CliArguments.Parse(tokens, Usage, positionals: ["email|object id", "role"], valueOptions: [StaffCommand.ByOption, CliStore.DbOption, CliStore.ConnectionOption]);
        return StaffCommand.Run(arguments, context, async staff =>
        {
            var member = await staff.GrantAsync(arguments.Positionals[0], arguments.Positionals[1], StaffCommand.Actor(arguments));
            context.Output.WriteLine($"{StaffAdministration.Describe(member)} now has the roles {string.Join(", ", member.EffectiveRoles())}.");
        });
    }
}

/// <summary>`staff revoke &lt;email|object id&gt; &lt;role&gt;`.</summary>
internal sealed class StaffRevokeCommand : ICliCommand
{
    public string Name => "staff revoke";
    public string Usage => "staff revoke <email|object id> <role> [--by <name>] [--db <file> | --connection <string>]";
    public string Summary => "Takes a role granted in the bot away from a person (a role from an Entra ID group is changed in the group).";

    public int Run(IReadOnlyList<string> tokens, CliContext context)
    {
        var arguments = CliArguments.Parse(tokens, Usage, positionals: ["email|object id", "role"], valueOptions: [StaffCommand.ByOption, CliStore.DbOption, CliStore.ConnectionOption]);
        return StaffCommand.Run(arguments, context, async staff =>
        {
            var member = await staff.RevokeAsync(arguments.Positionals[0], arguments.Positionals[1], StaffCommand.Actor(arguments));
            var roles = member.EffectiveRoles();
            context.Output.WriteLine($"{StaffAdministration.Describe(member)} now has {(roles.Count == 0 ? "no roles" : $"the roles {string.Join(", ", roles)}")}.");
        });
    }
}

/// <summary>`staff line-manager &lt;email|object id&gt; &lt;manager email|object id|none&gt;`.</summary>
internal sealed class StaffLineManagerCommand : ICliCommand
{
    public string Name => "staff line-manager";
    public string Usage => "staff line-manager <email|object id> <manager email|object id|none> [--by <name>] [--db <file> | --connection <string>]";
    public string Summary => "Sets a person's line manager (who approves their extensions and sees their cases), or clears it with none.";

    public int Run(IReadOnlyList<string> tokens, CliContext context)
    {
        var arguments = CliArguments.Parse(tokens, Usage, positionals: ["email|object id", "manager email|object id|none"], valueOptions: [StaffCommand.ByOption, CliStore.DbOption, CliStore.ConnectionOption]);
        var manager = arguments.Positionals[1];
        return StaffCommand.Run(arguments, context, async staff =>
        {
            var member = await staff.SetLineManagerAsync(arguments.Positionals[0], manager.Equals("none", StringComparison.OrdinalIgnoreCase) ? null : manager, StaffCommand.Actor(arguments));
            var now = await staff.FindAsync(member.AadObjectId);
            context.Output.WriteLine($"{StaffAdministration.Describe(member)} reports to {(now?.LineManager is { } m ? StaffAdministration.Describe(m) : "nobody")}.");
        });
    }
}

/// <summary>`staff bootstrap-admin &lt;email|object id&gt;`: the first administrator of a fresh install.</summary>
internal sealed class StaffBootstrapAdminCommand : ICliCommand
{
    public string Name => "staff bootstrap-admin";
    public string Usage => "staff bootstrap-admin <email|object id> [--name <display name>] [--by <name>] [--db <file> | --connection <string>]";
    public string Summary => "Makes the first administrator (refused once there is one); creates the store on a fresh install.";

    public int Run(IReadOnlyList<string> tokens, CliContext context)
    {
        var arguments = CliArguments.Parse(tokens, Usage, positionals: ["email|object id"], valueOptions: ["--name", StaffCommand.ByOption, CliStore.DbOption, CliStore.ConnectionOption]);
        return StaffCommand.Run(arguments, context, async staff =>
        {
            var member = await staff.BootstrapAdminAsync(arguments.Positionals[0], arguments.Option("--name"), StaffCommand.Actor(arguments));
            context.Output.WriteLine($"{StaffAdministration.Describe(member)} is an administrator: in Teams they type admin to the bot to give people their roles.");
        });
    }
}
