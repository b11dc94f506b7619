using System.Globalization;
using System.Text.Json.Nodes;
using ComplaintsBot.BotFramework.Builder;
using ComplaintsBot.BotFramework.Schema;
using ComplaintsBot.Cards;
using ComplaintsBot.Cases.Rules;
using ComplaintsBot.Cases.Store;
using ComplaintsBot.Cases.Time;
using ComplaintsBot.Reports;

namespace ComplaintsBot.Reports;

/// <summary>
/// The Teams `report` command: a summary card of the month so far ("report"), or of a given month
/// ("report 2026-12"), for managers only (decided from the staff directory by the sender's aadObjectId).
/// MainDialog's router calls <see cref="ReplyAsync"/> when the text starts with "report".
/// </summary>
public static class ReportCommand
{
    public const string Word = "report";

    /// <summary>Whether the text is the report command ("report", "report 2026-12").</summary>
    public static bool Matches(string? text) =>
        text?.Trim() is { } t && (t.Equals(Word, StringComparison.OrdinalIgnoreCase) || t.StartsWith(Word + " ", StringComparison.OrdinalIgnoreCase));

    public static async Task<Activity> ReplyAsync(
        Activity message, StaffDirectory staff, ComplaintsReportBuilder reports, int? homes, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(staff);
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(clock);
        var sender = message.From?.AadObjectId is { Length: > 0 } id ? await staff.FindAsync(id, cancellationToken) : null;
        if (sender is null || !ManagerRoles.SeesOrganisationFigures(sender))
            return MessageFactory.Text("The report is for managers. Ask an administrator for the manager role if you need it.");
        if (Period(message.Text, LondonTime.DateOf(clock.GetUtcNow())) is not { } period)
            return MessageFactory.Text("Write **report** for this month so far, or **report** with a month, such as report 2026-12.");
        var report = await reports.BuildAsync(period, homes, cancellationToken);
        return CardAttachment.AsMessage(Card(report));
    }

    private static ReportPeriod? Period(string? text, DateOnly today)
    {
        var argument = (text ?? "").Trim()[Word.Length..].Trim();
        if (argument.Length == 0) return new ReportPeriod(new DateOnly(today.Year, today.Month, 1), today);
        if (!DateOnly.TryParseExact(argument + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first)) return null;
        var last = first.AddMonths(1).AddDays(-1);
        return first > today ? null : new ReportPeriod(first, last < today ? last : today);
    }

    /// <summary>The summary card (Adaptive Card 1.5); every figure is bound as a JSON value, never pasted into markup.</summary>
    public static JsonObject Card(ComplaintsReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var stage1 = report.ComplaintsByStage[0];
        var stage2 = report.ComplaintsByStage[1];
        var facts = new JsonArray
        {
            Fact("Complaints received", $"stage 1: {stage1.Received}, stage 2: {stage2.Received}"),
            Fact("Responses made", $"stage 1: {stage1.Responded}, stage 2: {stage2.Responded}"),
            Fact("Open at the end", $"stage 1: {stage1.OpenAtEnd}, stage 2: {stage2.OpenAtEnd}"),
            Fact("Stage 1 acknowledged in time", Share(report.TimelinessOf(1, ComplaintsReportBuilder.Acknowledgement))),
            Fact("Stage 1 answered in time", Share(report.TimelinessOf(1, ComplaintsReportBuilder.Response))),
            Fact("Stage 2 answered in time", Share(report.TimelinessOf(2, ComplaintsReportBuilder.Response))),
            Fact("TSM CH01 per 1,000 homes", Rate(report.Measure("CH01", 1).Value, report.Measure("CH01", 2).Value)),
            Fact("Compliments / complaints", $"{report.ComplimentsAndComplaints.Compliments} / {report.ComplimentsAndComplaints.Complaints}"),
            Fact("Compensation", $"£{report.Compensation.Sum(c => c.TotalPounds).ToString("N2", CultureInfo.InvariantCulture)}"),
            Fact("Extensions", $"{report.Extensions.Sum(e => e.Requested)} asked, {report.Extensions.Sum(e => e.Approved)} approved, {report.Extensions.Sum(e => e.Declined)} declined"),
        };
        return new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = "1.5",
            ["body"] = new JsonArray
            {
                new JsonObject { ["type"] = "TextBlock", ["text"] = "Complaints report", ["weight"] = "Bolder", ["size"] = "Medium", ["wrap"] = true },
                new JsonObject
                {
                    ["type"] = "TextBlock", ["isSubtle"] = true, ["spacing"] = "None", ["wrap"] = true,
                    ["text"] = $"{report.From.ToString("d MMM yyyy", CultureInfo.InvariantCulture)} to {report.To.ToString("d MMM yyyy", CultureInfo.InvariantCulture)}",
                },
                new JsonObject { ["type"] = "FactSet", ["facts"] = facts },
                new JsonObject
                {
                    ["type"] = "TextBlock", ["isSubtle"] = true, ["size"] = "Small", ["wrap"] = true,
                    ["text"] = "In time = within the Complaint Handling Code's timescales (TSM CH02). Charts and overdue cases: the Dashboard tab.",
                },
            },
        };
    }

    private static JsonObject Fact(string title, string value) => new() { ["title"] = title, ["value"] = value };

    private static string Share(TimelinessRow row) =>
        row.Made == 0 ? "none made" : $"{row.WithinCode} of {row.Made} ({row.WithinCodePercent?.ToString("0.0", CultureInfo.InvariantCulture)}%)";

    private static string Rate(decimal? stage1, decimal? stage2) =>
        stage1 is null ? "set Reports:Homes" : $"stage 1: {stage1.Value.ToString("0.00", CultureInfo.InvariantCulture)}, stage 2: {stage2!.Value.ToString("0.00", CultureInfo.InvariantCulture)}";
}
