using System.Globalization;
using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Cases.Policies.Compliance;

namespace ComplaintsBot.Reports;

/// <summary>
/// Assesses a policy and a year's records against every provision of the Code's self-assessment form, in the form's
/// order. The verdict, strongest evidence first: a shortfall `policy check` finds in the policy file (Code provision
/// cited by <see cref="CodeComplianceCheck"/>); a shortfall the year's records show (late responses, stage 2 handled by
/// the stage 1 handler, upheld complaints closed with nothing learnt); the landlord's own evidence; the policy file
/// setting the rule; otherwise the landlord must evidence it, as neither the file nor the records can.
/// </summary>
public static class AnnualSelfAssessment
{
    /// <summary>What the year's records say about the provisions they can speak to.</summary>
    public sealed record YearRecords(
        ComplaintsReport Figures,
        IReadOnlyList<CountRow> NotAccepted,
        int Stage2SameHandler,
        int UpheldClosed,
        int UpheldClosedWithLearning,
        IReadOnlyList<OmbudsmanRow> Ombudsman,
        bool GoverningBodyResponded);

    private sealed record DataFinding(string Text, AssessmentVerdict? Verdict = null, string? Reason = null);

    public static IReadOnlyList<SelfAssessmentRow> Assess(Policy policy, YearRecords year, IReadOnlyDictionary<string, LandlordEvidence> evidence)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(year);
        ArgumentNullException.ThrowIfNull(evidence);
        var findings = CodeComplianceCheck.Check(policy);
        var rows = new List<SelfAssessmentRow>();
        foreach (var provision in SelfAssessmentForm.Provisions)
        {
            var policyEvidence = PolicyEvidence(policy, provision);
            var data = Data(provision.Number, policy, year);
            evidence.TryGetValue(provision.Number, out var landlord);
            var shortfalls = findings.Where(f => f.Section == provision.Code).ToList();
            var evidenceText = string.Join(" ", new[] { policyEvidence, landlord is null ? null : "Landlord's evidence: " + landlord.Evidence }.Where(t => t is not null));
            if (evidenceText.Length == 0) evidenceText = "The policy file does not record this.";

            AssessmentVerdict verdict;
            string reason;
            if (shortfalls.Count > 0)
            {
                var breach = shortfalls.Any(f => f.Severity == FindingSeverity.Breach);
                verdict = breach ? AssessmentVerdict.DoesNotComply : AssessmentVerdict.PartlyComplies;
                reason = string.Join(" ", shortfalls.Select(f => $"The policy ({f.Field}) says {f.PolicySays}; the Code requires {f.CodeRequires}."));
            }
            else if (data?.Verdict is { } shown && shown != AssessmentVerdict.Complies)
            {
                (verdict, reason) = (shown, data.Reason!);
            }
            else if (landlord is not null)
            {
                (verdict, reason) = (landlord.Verdict, "As the landlord's evidence shows.");
            }
            else if (data?.Verdict is AssessmentVerdict.Complies)
            {
                (verdict, reason) = (AssessmentVerdict.Complies, data.Reason!);
            }
            else if (policyEvidence is not null)
            {
                (verdict, reason) = (AssessmentVerdict.Complies, "The policy sets it, and `policy check` finds nothing short of the Code.");
            }
            else
            {
                (verdict, reason) = (AssessmentVerdict.LandlordToEvidence, "Neither the policy file nor the case records can show this; add the landlord's evidence.");
            }
            rows.Add(new SelfAssessmentRow(provision.Number, provision.Section, provision.Requirement, evidenceText, data?.Text ?? "", verdict, reason));
        }
        return rows;
    }

    /// <summary>The policy's clauses for the provision's rules: the landlord's own where it states them, else the file it inherits them from.</summary>
    private static string? PolicyEvidence(Policy policy, CodeProvision provision)
    {
        var citations = provision.PolicyPaths
            .SelectMany(path => policy.RuleBook.Under(path))
            .Select(rule => rule.Citation)
            .Distinct()
            .ToList();
        if (citations.Count == 0) return null;
        return string.Join("; ", citations.Select(c =>
        {
            var says = c.Says is { } words ? $": \u201c{words}\u201d" : "";
            var inherited = c.PolicyId == policy.Id ? "" : $" (left to {c.PolicyId})";
            return $"{c.Clause}{inherited}{says}";
        })) + ".";
    }

    private static DataFinding? Data(string provision, Policy policy, YearRecords year)
    {
        var f = year.Figures;
        var refused = year.NotAccepted.Sum(r => r.Count);
        switch (provision)
        {
            case "1.2" or "1.3":
                return new($"{f.ContactsByCategory.Sum(c => c.Count)} contacts logged: {string.Join(", ", f.ContactsByCategory.Select(c => $"{c.Count} {c.Key}"))}.");
            case "1.4" or "1.5":
                return new($"{f.ContactsByCategory.Where(c => c.Key.Contains("service", StringComparison.OrdinalIgnoreCase)).Sum(c => c.Count)} service requests recorded.");
            case "1.6":
                return new($"{f.ContactsByCategory.Where(c => c.Key.Contains("feedback", StringComparison.OrdinalIgnoreCase)).Sum(c => c.Count)} pieces of feedback recorded, each with the choice to complain.");
            case "2.1" or "2.2" or "2.4" or "2.5":
                return new(refused == 0 ? "No complaint was refused." : $"{refused} complaints not accepted: {string.Join(", ", year.NotAccepted.Select(r => $"{r.Count} {r.Key}"))}.");
            case "2.3":
                return new($"{year.NotAccepted.Where(r => r.Key == "issue-too-old").Sum(r => r.Count)} complaints not accepted as raised too late.");
            case "3.1" or "3.2":
                return new($"Contacts by channel: {string.Join(", ", f.ContactsByChannel.Select(c => $"{c.Count} {c.Key}"))}.");
            case "3.3":
                return new($"{f.ComplaintsByStage[0].Received} stage 1 complaints received{(f.Homes is { } homes ? $" for {homes.ToString("N0", CultureInfo.InvariantCulture)} homes" : "")}.");
            case "5.3":
                return new($"{policy.Stages.Count} stages in the policy.", policy.Stages.Count == 2 ? AssessmentVerdict.Complies : AssessmentVerdict.DoesNotComply,
                    policy.Stages.Count == 2 ? "The policy has two stages." : "The policy does not have two stages.");
            case "5.8" or "6.13":
                return new($"{f.ComplaintsByStage[1].Received} complaints escalated; {year.Stage2SameHandler} considered at stage 2 by the person who handled stage 1.",
                    year.Stage2SameHandler == 0 ? null : AssessmentVerdict.PartlyComplies,
                    year.Stage2SameHandler == 0 ? null : $"{year.Stage2SameHandler} stage 2 complaints were considered by their stage 1 handler.");
            case "5.12":
                return new($"{f.ComplaintsByStage[0].Received} complaints recorded with every contact, stage, response, extension and decision, and an append-only audit trail.",
                    AssessmentVerdict.Complies, "Every complaint is recorded in full, with its audit trail, by ComplaintsBot.");
            case "5.13" or "7.1" or "7.2":
                return new($"Stage 1: {f.Outcomes[0].Upheld} upheld, {f.Outcomes[0].PartlyUpheld} partly upheld, {f.Outcomes[0].NotUpheld} not upheld; " +
                    $"compensation in {f.Compensation.Sum(c => c.Responses)} responses, {Pounds(f.Compensation.Sum(c => c.TotalPounds))} in all ({Pounds(f.Compensation[0].TotalPounds)} at stage 1).");
            case "6.2": return Timely(f, 1, ComplaintsReportBuilder.Acknowledgement);
            case "6.3": return Timely(f, 1, ComplaintsReportBuilder.Response);
            case "6.11": return Timely(f, 2, ComplaintsReportBuilder.Acknowledgement);
            case "6.14": return Timely(f, 2, ComplaintsReportBuilder.Response);
            case "6.4" or "6.15":
                var stage = provision == "6.4" ? 1 : 2;
                var extensions = f.Extensions.Single(e => e.Stage == stage);
                return new($"Stage {stage}: {extensions.Requested} extensions asked for, {extensions.Approved} approved, {extensions.Declined} declined.");
            case "6.10":
                return new($"{f.ComplaintsByStage[1].Received} complaints escalated to stage 2.");
            case "8.1":
                return new("This report: the self-assessment, the year's performance with the complaints refused, the Ombudsman's determinations, and the service improvements recorded on cases.",
                    AssessmentVerdict.Complies, "This report holds what the Code lists; attach any annual report the Ombudsman published on the landlord.");
            case "8.2":
                return new(year.GoverningBodyResponded ? "The governing body's response is published with this report." : "The governing body has not yet responded.",
                    year.GoverningBodyResponded ? AssessmentVerdict.Complies : null, year.GoverningBodyResponded ? "The governing body's response is published with the report." : null);
            case "9.1" or "9.2":
                var learnt = year.UpheldClosedWithLearning;
                var upheld = year.UpheldClosed;
                var text = $"{learnt} of the {upheld} upheld or partly upheld complaints closed in the year record what was learnt or a service improvement.";
                if (upheld == 0) return new(text);
                if (learnt == upheld) return new(text, AssessmentVerdict.Complies, "Every upheld complaint closed in the year records its learning.");
                return new(text, learnt == 0 ? AssessmentVerdict.DoesNotComply : AssessmentVerdict.PartlyComplies,
                    learnt == 0 ? "No upheld complaint closed in the year records any learning." : $"{upheld - learnt} upheld complaints were closed without any learning recorded.");
            case "9.7":
                var adverse = year.Ombudsman.Count(o => o.Adverse);
                return new($"{year.Ombudsman.Count} Housing Ombudsman determinations in the year, {adverse} with a finding of failure.");
            default:
                return null;
        }
    }

    private static DataFinding Timely(ComplaintsReport figures, int stage, string step)
    {
        var row = figures.TimelinessOf(stage, step);
        var plural = step == ComplaintsReportBuilder.Acknowledgement ? "acknowledgements" : "responses";
        var text = row.Made == 0
            ? $"No stage {stage} {plural} made; {row.OverdueAtEnd} overdue at the end of the year."
            : $"{row.WithinCode} of {row.Made} stage {stage} {plural} within the Code's timescale ({Percent(row.WithinCodePercent)}); {row.OverdueAtEnd} overdue at the end of the year.";
        var late = row.Made - row.WithinCode + row.OverdueAtEnd;
        return late == 0
            ? new(text)
            : new(text, AssessmentVerdict.PartlyComplies, $"The policy meets the Code, but {late} stage {stage} {plural} were late or overdue.");
    }

    internal static string Percent(decimal? value) => value is { } v ? v.ToString("0.0", CultureInfo.InvariantCulture) + "%" : "none to measure";

    internal static string Pounds(decimal amount) => "£" + amount.ToString("N2", CultureInfo.InvariantCulture);
}
