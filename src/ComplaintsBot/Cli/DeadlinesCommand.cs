using System.Globalization;
using System.Text.Json;
using ComplaintsBot.Cases.Deadlines;
using ComplaintsBot.Cases.Policies;

namespace ComplaintsBot.Cli;

/// <summary>
/// `deadlines`: the deadlines a case has under a policy, from the events given so far. A deadline that runs from
/// an event not given yet is provisional, counted from that event's own due date. Stage 2 deadlines start with
/// --escalation-requested. --extension-days extends the response of the latest stage started.
/// </summary>
internal sealed class DeadlinesCommand : ICliCommand
{
    private const string PolicyOption = "--policy";
    private const string ReceivedOption = "--received";
    private const string AcknowledgedOption = "--acknowledged";
    private const string Stage1ResponseOption = "--stage1-response";
    private const string EscalationRequestedOption = "--escalation-requested";
    private const string Stage2AcknowledgedOption = "--stage2-acknowledged";
    private const string ExtensionDaysOption = "--extension-days";
    private const string CategoryOption = "--category";
    private const string JsonFlag = "--json";

    private static readonly string[] ValueOptions =
    [
        PolicyOption, ReceivedOption, AcknowledgedOption, Stage1ResponseOption, EscalationRequestedOption,
        Stage2AcknowledgedOption, ExtensionDaysOption, CategoryOption,
    ];

    public string Name => "deadlines";

    public string Usage =>
        "deadlines --policy <id> --received <time> [--acknowledged <time>] [--stage1-response <time>] [--escalation-requested <time>] "
        + "[--stage2-acknowledged <time>] [--extension-days <n>] [--category <id>] [--json]";

    public string Summary => "The case's deadlines (due date, weekday, provisional) under a policy; --json for machines.";

    public int Run(IReadOnlyList<string> tokens, CliContext context)
    {
        var arguments = CliArguments.Parse(tokens, "deadlines --policy <id> --received <time> ...", valueOptions: ValueOptions, flags: [JsonFlag]);
        var policy = context.Policy(arguments, arguments.RequiredOption(PolicyOption, "deadlines"));
        var timeline = Timeline(arguments, policy);

        IReadOnlyList<CaseDeadline> deadlines;
        if (timeline is null)
            deadlines = [];
        else
        {
            try
            {
                deadlines = new DeadlineCalculator().Compute(policy, timeline.Value, context.Clock).ToArray();
            }
            catch (ArgumentException e)
            {
                // The calculator names what is wrong with the timeline; the parameter name means nothing here.
                throw new CliUsageException(e.ParamName is null ? e.Message : e.Message.Replace($" (Parameter '{e.ParamName}')", "", StringComparison.Ordinal));
            }
        }

        if (arguments.Flag(JsonFlag)) WriteJson(policy, deadlines, context.Output);
        else WriteText(policy, arguments, timeline, deadlines, context.Output);
        return AdminCli.Success;
    }

    /// <summary>The case so far; null when the category creates no deadlines (a service request, a compliment).</summary>
    private static CaseTimeline? Timeline(CliArguments arguments, Policy policy)
    {
        var track = Track(arguments.Option(CategoryOption), policy);
        var extension = ExtensionDays(arguments.Option(ExtensionDaysOption));
        var escalation = Time(arguments, EscalationRequestedOption);
        if (track == CaseTrack.QuickResolution && extension > 0)
            throw new CliUsageException($"{ExtensionDaysOption} extends a complaint stage's response; a quick resolution has no stages.");
        var timeline = new CaseTimeline
        {
            Track = track ?? CaseTrack.Complaint,
            Received = CliTime.Parse(ReceivedOption, arguments.RequiredOption(ReceivedOption, "deadlines")),
            Stage1Acknowledged = Time(arguments, AcknowledgedOption),
            Stage1Response = Time(arguments, Stage1ResponseOption),
            EscalationRequested = escalation,
            Stage2Acknowledged = Time(arguments, Stage2AcknowledgedOption),
            // The latest stage started is stage 2 once escalation has been asked for.
            Stage1ExtensionWorkingDays = escalation is null ? extension : 0,
            Stage2ExtensionWorkingDays = escalation is null ? 0 : extension,
        };
        return track is null ? null : timeline;
    }

    /// <summary>The complaint track by default; null for a category that creates no deadlines.</summary>
    private static CaseTrack? Track(string? categoryId, Policy policy)
    {
        if (categoryId is null) return CaseTrack.Complaint;
        var category = policy.Categories.FirstOrDefault(c => c.Id == categoryId)
            ?? throw new CliUsageException(
                $"Unknown category '{categoryId}' in policy {policy.Id}; its categories are {string.Join(", ", policy.Categories.Select(c => c.Id))}.");
        if (policy.QuickResolution?.CategoryId == category.Id) return CaseTrack.QuickResolution;
        return category.Kind == ContactKind.Complaint ? CaseTrack.Complaint : null;
    }

    private static int ExtensionDays(string? text)
    {
        if (text is null) return 0;
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var days) || days < 1)
            throw new CliUsageException($"{ExtensionDaysOption} '{text}' is not a number of working days; give a whole number from 1.");
        return days;
    }

    private static DateTimeOffset? Time(CliArguments arguments, string option) =>
        arguments.Option(option) is { } text ? CliTime.Parse(option, text) : null;

    private static void WriteJson(Policy policy, IReadOnlyList<CaseDeadline> deadlines, TextWriter output)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("policy", policy.Id);
            json.WriteStartArray("deadlines");
            foreach (var deadline in deadlines)
            {
                json.WriteStartObject();
                json.WriteString("name", deadline.Name);
                json.WriteString("due", deadline.DueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                json.WriteBoolean("provisional", deadline.Provisional);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteText(Policy policy, CliArguments arguments, CaseTimeline? timeline, IReadOnlyList<CaseDeadline> deadlines, TextWriter output)
    {
        if (timeline is null)
        {
            output.WriteLine($"{policy.Id}: category '{arguments.Option(CategoryOption)}' creates no deadlines (it is not a complaint or a quick resolution).");
            return;
        }
        output.WriteLine($"{policy.Id}: deadlines of a {(timeline.Value.Track == CaseTrack.QuickResolution ? "quick resolution" : "complaint")} "
                         + $"received {Cases.Time.LondonTime.ToLondon(timeline.Value.Received).ToString("dddd d MMMM yyyy HH:mm", CultureInfo.InvariantCulture)} (London)");
        if (deadlines.Count == 0) output.WriteLine("  none: the policy sets no timescale for it");
        var width = deadlines.Count == 0 ? 0 : deadlines.Max(d => d.Name.Length);
        foreach (var deadline in deadlines)
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {deadline.Name.PadRight(width)}  {deadline.DueDate:yyyy-MM-dd} {deadline.DueDate.DayOfWeek,-9}{(deadline.Provisional ? "  provisional" : "")}").TrimEnd());
        if (deadlines.Any(d => d.Provisional))
            output.WriteLine("Provisional: counted from the due date of an event that has not happened yet; it moves when the event is recorded.");
    }
}
