namespace ComplaintsBot.Cli;

/// <summary>`policy list`: every policy in the folder, the default marked.</summary>
internal sealed class PolicyListCommand : ICliCommand
{
    public string Name => "policy list";
    public string Usage => "policy list";
    public string Summary => "The policies in the policy folder: id, name, landlord; * marks the default.";

    public int Run(IReadOnlyList<string> tokens, CliContext context)
    {
        var arguments = CliArguments.Parse(tokens, Usage);
        var catalog = context.Policies(arguments);
        var rows = catalog.Policies
            .Select(p => (Id: p.Id + (p.Id == catalog.Default.Id ? " *" : ""), p.Name, p.Landlord))
            .Prepend((Id: "ID", Name: "NAME", Landlord: "LANDLORD"))
            .ToList();
        var idWidth = rows.Max(r => r.Id.Length);
        var nameWidth = rows.Max(r => r.Name.Length);
        foreach (var row in rows)
            context.Output.WriteLine($"{row.Id.PadRight(idWidth)}  {row.Name.PadRight(nameWidth)}  {row.Landlord}".TrimEnd());
        context.Output.WriteLine();
        context.Output.WriteLine("* the default policy: a case filed under no other policy follows it.");
        return AdminCli.Success;
    }
}
