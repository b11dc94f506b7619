using System.Globalization;
using ComplaintsBot.Cards;
using ComplaintsBot.Cases.Deadlines;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Cases.Store;
using ComplaintsBot.Reports;
using ComplaintsBot.Workflows.CaseCard;
using ComplaintsBot.Workflows.Letters;

namespace ComplaintsBot.Workflows.EvidencePack;

/// <summary>
/// Builds a case's evidence pack from the case store: every event of the case in date order with who acted, each
/// deadline met or missed, the customer's own words and every contact, each stage's definition, response and letter,
/// extensions with their reasons, compensation with its approval, exclusion decisions, learning, the Ombudsman's
/// determination, and the audit trail entry by entry. Dates are London time, as the case card shows them.
/// </summary>
public sealed class EvidencePackBuilder(CaseService cases, CaseDeadlines deadlines, StageResponseLetters letters, ReportCases reportCases)
{
    public async Task<EvidencePack> BuildAsync(Case @case, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(@case);
        var policy = deadlines.PolicyOf(@case);
        var staff = await reportCases.StaffAsync(cancellationToken);
        var trail = await cases.AuditTrailAsync(@case.Id, cancellationToken);
        var byAad = staff.Values.ToDictionary(s => s.AadObjectId, s => s.DisplayName, StringComparer.Ordinal);
        string Name(int? id) => id is { } i && staff.TryGetValue(i, out var s) ? s.DisplayName : "";
        string Actor(string aad) => byAad.GetValueOrDefault(aad) ?? aad;

        var reference = @case.Reference.ToString();
        var letterFiles = LetterFiles(@case, policy);
        var blocks = new List<ReportBlock>();
        void H(string text, int level = 1) => blocks.Add(new ReportHeading(level, text));
        void P(string text) => blocks.Add(new ReportParagraph(text));
        void T(string id, string[] columns, IEnumerable<string[]> rows) => blocks.Add(new ReportTableBlock(id, columns, [.. rows]));

        P($"{policy.Landlord}. The complete file of {reference}, as held in ComplaintsBot, under {policy.Name} ({policy.Id}). " +
          "Times are UK (London) times. The audit trail in section 10 is append-only: no entry in it can be changed or removed.");

        H("What is in this pack");
        T("contents", ["Part", "What it holds"], Contents(letterFiles));

        H("1. The case");
        T("case", ["What", "Record"], CaseFacts(@case, policy, Name));

        H("2. The customer's words");
        P(@case.Description);
        if (@case.DesiredOutcome is { } wanted) P("The outcome the customer wants: " + wanted);
        T("contacts", ["When", "Channel", "Recorded by", "What was said"],
            @case.Contacts.OrderBy(c => c.At).ThenBy(c => c.Id).Select(c => new[] { CardDates.DayAndTime(c.At), c.Channel.ToString(), Name(c.RecordedById), c.Summary }));

        H("3. Chronology");
        P("Every event on the case, in the order it happened, with who acted.");
        T("chronology", ["When", "Who", "What happened"], EvidenceChronology.Of(@case, policy, trail, Name, Actor).Select(e => new[] { e.When, e.Who, e.What }));

        H("4. Deadlines");
        P("Each deadline the policy set for the case, and whether it was met.");
        T("deadlines", ["Deadline", "Due", "Met", "Standing"],
            deadlines.Now(@case, policy).Select(d => new[] { DeadlineNames.ForStaff(d.Kind, policy), CardDates.Due(d), d.MetAt is { } met ? CardDates.DayAndTime(met) : "", Standing(d) }));

        H("5. Stage by stage");
        foreach (var stage in @case.Stages.OrderBy(s => s.Number))
        {
            // A policy may call its stages "Stage 1" or give them names of their own ("Review").
            var stageName = policy.Stage(stage.Number).Name;
            H(stageName.StartsWith("Stage", StringComparison.Ordinal) ? stageName : $"Stage {stage.Number}: {stageName}", 2);
            var rows = new List<string[]>
            {
                new[] { "Opened", CardDates.DayAndTime(stage.OpenedAt) },
                new[] { "Handled by", Name(stage.OwnerId) },
                new[] { "Acknowledged", stage.AcknowledgedAt is { } ack ? CardDates.DayAndTime(ack) : "not acknowledged" },
                new[] { "Complaint definition", stage.ComplaintDefinition ?? "" },
            };
            if (stage.Response is { } response)
            {
                rows.Add(["Response sent", CardDates.DayAndTime(response.RespondedAt)]);
                rows.Add(["Outcome", Outcome(response.Outcome)]);
                rows.Add(["Reasons", response.Reasons]);
                rows.Add(["Remedy", response.Remedy ?? ""]);
                rows.Add(["Compensation", response.Compensation is { } pounds ? Pounds(pounds) : "none"]);
                rows.Add(["Outstanding actions", response.OutstandingActions ?? ""]);
                rows.Add(["Letter", string.Join(", ", letterFiles.Where(f => f.Stage == stage.Number).Select(f => f.File.Path))]);
            }
            else
            {
                rows.Add(["Response", "not yet sent"]);
            }
            T($"stage-{stage.Number}", ["What", "Record"], rows);
        }

        H("6. Extensions and their reasons");
        var extensions = @case.Stages.OrderBy(s => s.Number).SelectMany(s => s.Extensions.Select(e => (Stage: s.Number, Extension: e))).ToList();
        if (extensions.Count == 0) P("No extension was asked for.");
        else T("extensions", ["Stage", "Asked for", "By", "Working days", "Reason", "Customer agreed", "Decision", "Decided by", "Decided", "Comment"],
            extensions.Select(x => new[] { x.Stage.ToString(CultureInfo.InvariantCulture), CardDates.DayAndTime(x.Extension.RequestedAt), Name(x.Extension.RequestedById),
                x.Extension.WorkingDays.ToString(CultureInfo.InvariantCulture), x.Extension.Reason, x.Extension.CustomerAgreed ? "Yes" : "No", x.Extension.Decision.ToString(),
                Name(x.Extension.DecidedById), x.Extension.DecidedAt is { } at ? CardDates.DayAndTime(at) : "", x.Extension.Comment ?? "" }));

        H("7. Compensation and its approval");
        var approvals = @case.Stages.OrderBy(s => s.Number).SelectMany(s => s.CompensationApprovals.Select(a => (Stage: s.Number, Approval: a))).ToList();
        var offered = @case.Stages.Where(s => s.Response?.Compensation is > 0).OrderBy(s => s.Number).ToList();
        P(offered.Count == 0 ? "No compensation was offered." : string.Join(" ", offered.Select(s => $"Stage {s.Number}: {Pounds(s.Response!.Compensation!.Value)} offered in the response of {CardDates.Day(s.Response.RespondedAt)}.")));
        if (approvals.Count > 0)
            T("compensation", ["Stage", "Asked for", "By", "Amount", "Approver", "Decision", "Amount agreed", "Decided by", "Decided", "Comment"],
                approvals.Select(x => new[] { x.Stage.ToString(CultureInfo.InvariantCulture), CardDates.DayAndTime(x.Approval.RequestedAt), Name(x.Approval.RequestedById),
                    Pounds(x.Approval.Amount), x.Approval.ApproverRole ?? Name(x.Approval.ApproverId), x.Approval.Decision.ToString(),
                    x.Approval.ApprovedAmount is { } agreed ? Pounds(agreed) : "", Name(x.Approval.DecidedById), x.Approval.DecidedAt is { } at ? CardDates.DayAndTime(at) : "", x.Approval.Comment ?? "" }));

        H("8. Exclusion decisions");
        if (@case.ExclusionDecisions.Count == 0) P("No exclusion was considered: the complaint was accepted into the process.");
        else T("exclusions", ["Decided", "By", "Exclusion", "Applies", "Outcome", "Explanation given to the customer"],
            @case.ExclusionDecisions.OrderBy(d => d.DecidedAt).Select(d => new[] { CardDates.DayAndTime(d.DecidedAt), Name(d.DecidedById), ExclusionName(policy, d.ExclusionId),
                d.Applies ? "Yes" : "No", d.Outcome.ToString(), d.ExplanationGiven ?? "" }));

        H("9. Learning and the Housing Ombudsman");
        T("learning", ["What", "Record"],
        [
            ["What was learnt", @case.Learning ?? "nothing recorded"],
            ["Service improvement", @case.ServiceImprovement ?? "nothing recorded"],
            ["Housing Ombudsman's determination", @case.OmbudsmanDetermination is { } d
                ? $"{d.Finding.Describe()}, {CardDates.Day(d.DeterminedOn)}{(d.Orders is { } orders ? ": " + orders : "")}" : "none recorded"],
        ]);

        H("10. Audit trail");
        P("Every entry of the case's audit trail, oldest first: who changed or looked at the case, and when.");
        T("audit", ["When", "Who", "What", "Recorded as"], trail.Select(e => new[]
        {
            CardDates.DayAndTime(e.At), Actor(e.Actor),
            e.Action == CaseAuditActions.Viewed ? HistoryAction.Viewed(e.After) : HistoryAction.Describe(e.Action), e.Action,
        }));

        var document = new ReportDocument($"Evidence pack: {reference}", blocks);
        return new EvidencePack(reference, $"{reference} evidence pack", document, [.. letterFiles.Select(f => f.File)]);
    }

    /// <summary>Each answered stage's letter, as the customer was sent it (DOCX) and as the web page (HTML).</summary>
    private List<(int Stage, EvidencePackFile File)> LetterFiles(Case @case, Policy policy)
    {
        var files = new List<(int, EvidencePackFile)>();
        foreach (var stage in @case.Stages.Where(s => s.Response is not null).OrderBy(s => s.Number))
        {
            var letter = letters.Compose(@case, policy, stage.Number);
            var what = $"The stage {stage.Number} response letter";
            files.Add((stage.Number, new EvidencePackFile($"letters/{letter.FileName}.docx", what + " (Word)", LetterDocx.Write(letter))));
            files.Add((stage.Number, new EvidencePackFile($"letters/{letter.FileName}.html", what + " (web page)", System.Text.Encoding.UTF8.GetBytes(letter.Html))));
        }
        return files;
    }

    private static IEnumerable<string[]> Contents(IEnumerable<(int Stage, EvidencePackFile File)> letterFiles)
    {
        yield return ["1. The case", "Reference, policy, category, customer, channel, status and dates"];
        yield return ["2. The customer's words", "The complaint as the customer made it, the outcome they want, and every contact recorded"];
        yield return ["3. Chronology", "Every event in date order, with who acted"];
        yield return ["4. Deadlines", "Each deadline, met or missed"];
        yield return ["5. Stage by stage", "Each stage's definition, response, remedy and letter"];
        yield return ["6. Extensions", "Each extension asked for, its reason and the decision"];
        yield return ["7. Compensation", "Compensation offered, and each approval asked for and given"];
        yield return ["8. Exclusion decisions", "Each exclusion considered and the explanation given"];
        yield return ["9. Learning and the Housing Ombudsman", "What was learnt, the service improvement, and any determination"];
        yield return ["10. Audit trail", "Every entry of the append-only audit trail"];
        foreach (var (_, file) in letterFiles) yield return [file.Path, file.Description];
    }

    private static IEnumerable<string[]> CaseFacts(Case @case, Policy policy, Func<int?, string> name)
    {
        yield return ["Reference", @case.Reference.ToString()];
        yield return ["Policy", $"{policy.Name} ({policy.Id})"];
        yield return ["Category", @case.CategoryId];
        yield return ["Status", @case.Status.ToString()];
        yield return ["Received", $"{CardDates.DayAndTime(@case.ReceivedAt)} by {@case.Channel}"];
        yield return ["Customer", @case.Customer.IsAnonymous ? "Anonymous" : @case.Customer.Name ?? ""];
        yield return ["Tenancy reference", @case.Customer.TenancyReference ?? ""];
        yield return ["Tenure", @case.Customer.Tenure.Describe()];
        if (@case.Representative is { } representative)
            yield return ["Representative", $"{representative.Name} ({representative.Kind}){(representative.ConsentRecorded ? ", consent recorded" : ", consent not recorded")}"];
        if (@case.ReasonableAdjustments is { } adjustments) yield return ["Reasonable adjustments", adjustments];
        yield return ["Service area", @case.ServiceArea ?? ""];
        yield return ["Theme", @case.Theme ?? ""];
        yield return ["Handled by", name(@case.OwnerId)];
        yield return ["Closed", @case.ClosedAt is { } closed ? CardDates.DayAndTime(closed) : "open"];
        // The decision to end the complaints process for unreasonable behaviour, as the Ombudsman would ask to see it (TCH 10.2, whg 2.27).
        if (@case.Ending is { } ending)
        {
            yield return ["Complaints process ended", $"{CardDates.DayAndTime(ending.EndedAt)} by {name(ending.DecidedById)} ({ending.DeciderRole}), under {policy.UnreasonableBehaviour?.HandledUnder ?? "the provision for unreasonable behaviour"}"];
            yield return ["Reasons for ending it", ending.Reasons];
            yield return ["Our actions and response (final letter)", ending.Response];
            yield return ["How the customer's needs were considered", ending.NeedsConsidered];
        }
    }

    private static string ExclusionName(Policy policy, string id) =>
        policy.Exclusions.FirstOrDefault(e => e.Id == id) is { } exclusion ? $"{exclusion.Id}: {exclusion.Question}" : id;

    internal static string Outcome(StageOutcome outcome) => outcome switch
    {
        StageOutcome.PartlyUpheld => "Partly upheld",
        StageOutcome.NotUpheld => "Not upheld",
        _ => outcome.ToString(),
    };

    internal static string Pounds(decimal amount) => "£" + amount.ToString("N2", CultureInfo.InvariantCulture);

    // Met, met late (the deadline was missed), or where an open one stands now.
    private static string Standing(CaseDeadline deadline) => deadline.Status switch
    {
        DeadlineStatus.Met => "Met",
        DeadlineStatus.MetLate => "Missed (met late)",
        DeadlineStatus.Overdue => string.Create(CultureInfo.InvariantCulture, $"Missed: overdue by {-(deadline.WorkingDaysLeft ?? 0)} working days"),
        DeadlineStatus.DueToday => "Due today",
        DeadlineStatus.DueSoon => "Due soon",
        _ => "On track",
    };
}
