using ComplaintsBot.Cases.Policies;

namespace ComplaintsBot.Cli;

/// <summary>`policy show &lt;id&gt;`: a readable summary of one policy, with what it inherits from the Code filled in.</summary>
internal sealed class PolicyShowCommand : ICliCommand
{
    public string Name => "policy show";
    public string Usage => "policy show <id>";
    public string Summary => "A policy's categories, exclusions, stages and timescales, escalation window, age limit and notes.";

    public int Run(IReadOnlyList<string> tokens, CliContext context)
    {
        var arguments = CliArguments.Parse(tokens, Usage, positionals: ["id"]);
        Write(context.Policy(arguments, arguments.Positionals[0]), context.Output);
        return AdminCli.Success;
    }

    private static void Write(Policy policy, TextWriter output)
    {
        output.WriteLine($"{policy.Id}: {policy.Name}");
        output.WriteLine($"  Landlord:   {policy.Landlord}");
        if (policy.Extends is not null) output.WriteLine($"  Extends:    {policy.Extends} (what the file leaves unsaid is taken from it)");
        output.WriteLine($"  Source:     {policy.Source}");
        output.WriteLine($"  References: {policy.ReferencePrefix}-<year>-<number>");

        output.WriteLine();
        output.WriteLine("Categories");
        foreach (var category in policy.Categories)
            output.WriteLine($"  {category.Id} ({Kebab(category.Kind.ToString())}): {category.Name}. {category.Definition}");

        output.WriteLine();
        output.WriteLine("Exclusions (a yes means the complaint is not accepted)");
        if (policy.Exclusions.Count == 0) output.WriteLine("  none");
        foreach (var exclusion in policy.Exclusions)
        {
            var how = exclusion.Discretionary ? "discretionary: a manager decides" : "absolute";
            var basis = exclusion.CodeBasis is null ? "not a Code exclusion" : $"Code exclusion {exclusion.CodeBasis}";
            output.WriteLine($"  {exclusion.Id} ({how}; {basis}): {exclusion.Question}");
            if (exclusion.Exceptions.Count > 0) output.WriteLine($"    never applies to: {string.Join(", ", exclusion.Exceptions)}");
        }

        output.WriteLine();
        var age = policy.AgeLimit;
        output.WriteLine(age.Limit is { } limit
            ? $"Age limit: {limit} from the issue, {(age.Discretionary ? "older complaints accepted at a manager's discretion" : "no discretion")}"
              + (age.Exceptions.Count > 0 ? $"; never applies to: {string.Join(", ", age.Exceptions)}" : "")
            : "Age limit: none");

        if (policy.QuickResolution is { } quick)
            output.WriteLine(quick.RespondWithin is { } within
                ? $"Quick resolution: category {quick.CategoryId}, respond within {within} of {CaseEventWording.Describe(quick.From)}"
                : $"Quick resolution: category {quick.CategoryId}, no timescale");

        output.WriteLine();
        output.WriteLine("Stages");
        foreach (var stage in policy.Stages.OrderBy(s => s.Number))
            WriteStage(stage, output);

        output.WriteLine();
        output.WriteLine(policy.EscalationWindow is { } window
            ? $"Escalation window: ask for Stage 2 within {window.Within} of {CaseEventWording.Describe(window.From)}"
              + (window.ExtensionOnRequest is { } more ? $"; {more} more on request" : "")
            : "Escalation window: none (Stage 2 can be asked for at any time)");

        output.WriteLine();
        output.WriteLine("Compensation");
        if (policy.Compensation.Count == 0) output.WriteLine("  no approval levels set");
        foreach (var threshold in policy.Compensation)
            output.WriteLine($"  {(threshold.HasNoLimit ? "any amount" : $"up to {threshold.UpTo:0.00} pounds")}: "
                             + string.Join(", ", new[] { threshold.Approver }.Concat(threshold.AlsoApprovedBy)) + ", or anyone more senior");

        if (policy.UnreasonableBehaviour is { } behaviour)
        {
            output.WriteLine();
            output.WriteLine($"Unreasonable behaviour: handled under {behaviour.HandledUnder}; decided by {behaviour.Decider}");
            output.WriteLine($"  may: {string.Join(", ", behaviour.May.Select(m => Kebab(m.ToString())))}");
            if (behaviour.Guidance is { } guidance) output.WriteLine($"  {guidance}");
        }

        if (policy.Notes.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Notes");
            foreach (var note in policy.Notes) output.WriteLine($"  - {note}");
        }

        WriteRuleBook(policy, output);
    }

    /// <summary>
    /// Every rule with its value and the clause it comes from, in the order of the file, so a complaints manager
    /// can check the file against the document clause by clause. Rules the document is silent on are marked as
    /// the Code's.
    /// </summary>
    private static void WriteRuleBook(Policy policy, TextWriter output)
    {
        output.WriteLine();
        output.WriteLine("Rule book (each rule, its value, and the clause it comes from)");
        foreach (var (citation, rules) in policy.RuleBook.Entries())
        {
            var inherited = citation.PolicyId != policy.Id;
            output.WriteLine();
            output.WriteLine($"  {citation.Path}  [{citation.Clause}{(inherited ? $"; inherited from {citation.PolicyId}: {policy.Id}'s document is silent" : "")}]");
            foreach (var rule in rules)
            {
                var name = rule.Path == citation.Path ? "value" : rule.Path[(citation.Path.Length + 1)..];
                output.WriteLine($"    {name}: {rule.Value}");
            }
            if (citation.Says is { } says) output.WriteLine($"    the document says: \"{says}\"");
            for (var i = 0; i < citation.Readings.Count; i++)
                output.WriteLine($"    reading {i + 1}{(citation.Applies == i + 1 ? " (applied)" : "")}: {citation.Readings[i]}");
            if (citation.Why is { } why) output.WriteLine($"    why: {why}");
        }
    }

    private static void WriteStage(StageRules stage, TextWriter output)
    {
        output.WriteLine($"  Stage {stage.Number}: {stage.Name}");
        output.WriteLine($"    acknowledge: {(stage.Acknowledge is null ? "none set" : Within(stage.Acknowledge))}");
        if (stage.ContactCustomer is not null) output.WriteLine($"    contact the customer: {Within(stage.ContactCustomer)}");
        output.WriteLine($"    respond: {Within(stage.Respond)}");
        var extension = stage.Extension;
        var length = extension.Max is { } max ? $"up to {max}" : extension.ByAgreement ? "as agreed with the customer" : "none allowed";
        output.WriteLine($"    extension: {length}, approved by {extension.Approver}"
                         + (extension.CustomerMustAgree ? ", the customer must agree" : "")
                         + (extension.CustomerMustAgreeAbove is { } above
                             ? $"; beyond {above} in all only with the customer's agreement, then {(extension.MaxWithAgreement is { } agreed ? $"up to {agreed}" : "no set length")}"
                             : ""));
        if (stage.OwnerRoles.Count > 0) output.WriteLine($"    owners: {string.Join(", ", stage.OwnerRoles)}");
        if (stage.EscalateWhenOverdue) output.WriteLine("    escalation: the customer may ask for the next stage once this stage's response is overdue, unanswered");
        var reviewer = new List<string>();
        if (stage.ReviewerMustDifferFromPreviousStage) reviewer.Add("not the person who handled the previous stage");
        if (stage.ReviewerMustBeMoreSenior) reviewer.Add("more senior than the previous stage's owner");
        if (reviewer.Count > 0) output.WriteLine($"    reviewer: {string.Join("; ", reviewer)}");
        foreach (var ground in stage.RefusalGrounds) output.WriteLine($"    may be refused when: {ground}");
    }

    private static string Within(Deadline deadline) =>
        $"within {CaseEventWording.Describe(deadline)}"
        + (deadline.OtherReading is { } other ? $" [the document also says {other}; the stricter reading is used]" : "")
        + (deadline.Note is null ? "" : $" ({deadline.Note})");

    private static string Kebab(string pascal) =>
        string.Concat(pascal.Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
