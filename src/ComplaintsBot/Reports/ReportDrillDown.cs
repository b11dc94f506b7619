using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Cases.Time;

namespace ComplaintsBot.Reports;

/// <summary>
/// The cases behind one figure of a report, chosen by the same rules <see cref="ComplaintsReportBuilder"/> counts
/// them by, so a list is as long as the number that led to it: contacts received in the period by category, service
/// area, theme or channel ("(none)" for those without), and complaints whose stage 1 or 2 opened in the period (CH01),
/// all of them or, with a key, those of one tenure ("LCRA", "LCHO" or "other", as CH01 by tenure counts them).
/// </summary>
public static class ReportDrillDown
{
    public const string NoneKey = "(none)";

    /// <summary>The figures one can follow: the dimension names the page and the API use.</summary>
    public static readonly IReadOnlyList<string> Dimensions = ["category", "serviceArea", "theme", "channel", "stage1Received", "stage2Received"];

    /// <summary>The cases behind <paramref name="dimension"/> = <paramref name="key"/>; null for a dimension not known.</summary>
    public static IReadOnlyList<Case>? Select(IEnumerable<Case> all, ReportPeriod period, string dimension, string? key)
    {
        ArgumentNullException.ThrowIfNull(all);
        ArgumentNullException.ThrowIfNull(period);
        var received = all.Where(c => period.Contains(c.ReceivedAt));
        IEnumerable<Case>? chosen = dimension switch
        {
            "category" => received.Where(c => Same(c.CategoryId, key)),
            "serviceArea" => received.Where(c => Same(c.ServiceArea, key)),
            "theme" => received.Where(c => Same(c.Theme, key)),
            "channel" => received.Where(c => Same(c.Channel.ToString(), key)),
            "stage1Received" => StageOpened(all, period, 1).Where(c => OfTenure(c, key)),
            "stage2Received" => StageOpened(all, period, 2).Where(c => OfTenure(c, key)),
            _ => null,
        };
        return chosen?.OrderBy(c => c.ReceivedAt).ThenBy(c => c.Reference.ToString(), StringComparer.Ordinal).ToList();
    }

    /// <summary>A case as a row of a list, with its owner's name from <paramref name="ownerName"/>.</summary>
    public static CaseListRow Row(Case @case, Func<int, string?> ownerName)
    {
        ArgumentNullException.ThrowIfNull(@case);
        ArgumentNullException.ThrowIfNull(ownerName);
        return new CaseListRow(
            @case.Reference.ToString(), @case.PolicyId, @case.CategoryId, @case.Kind.ToString(), LondonTime.DateOf(@case.ReceivedAt),
            @case.CurrentStage, @case.Status.ToString(), @case.ServiceArea, @case.Theme, @case.Channel.ToString(),
            @case.OwnerId is { } owner ? ownerName(owner) : null);
    }

    // Grouping in the report is case-insensitive, with "(none)" for an empty value.
    private static bool Same(string? value, string? key) =>
        string.Equals(value ?? NoneKey, key ?? NoneKey, StringComparison.OrdinalIgnoreCase);

    // No key: every tenure; otherwise the report's name for one.
    private static bool OfTenure(Case @case, string? key) =>
        string.IsNullOrEmpty(key)
        || ComplaintsReportBuilder.Tenures.Any(t => t.Tenure == @case.Customer.Tenure && string.Equals(t.Name, key, StringComparison.OrdinalIgnoreCase));

    // As CH01 counts: complaints not found outside the procedure by the end of the period, whose stage opened in it.
    private static IEnumerable<Case> StageOpened(IEnumerable<Case> all, ReportPeriod period, int stage) =>
        all.Where(c => c.Kind == ContactKind.Complaint
            && !c.ExclusionDecisions.Any(d => d.Outcome == ExclusionOutcome.NotAccepted && d.DecidedAt < period.End)
            && period.Contains(c.Stage(stage)?.OpenedAt));
}
