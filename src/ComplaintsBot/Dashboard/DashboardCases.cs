using System.Globalization;
using System.Text.Json;
using ComplaintsBot.Cards;
using ComplaintsBot.Cases.Deadlines;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Rules;
using ComplaintsBot.Cases.Store;
using ComplaintsBot.Reports;
using ComplaintsBot.Workflows.CaseCard;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ComplaintsBot.Dashboard;

/// <summary>
/// The dashboard's case-level views: lists of the cases behind a figure, the overdue list and one case's detail.
/// Each shows only the cases the viewer may see (<see cref="CaseVisibility"/>, as in chat: a case they may not see is
/// answered exactly as one that does not exist), and each showing is written to the audit trail.
/// </summary>
public sealed class DashboardCases(
    IDbContextFactory<CasesDbContext> contexts,
    ReportCases reportCases,
    CaseService cases,
    CaseAccess access,
    CaseDeadlines deadlines,
    IOptions<CaseAccessOptions> accessOptions,
    IOptions<DashboardOptions> dashboardOptions,
    TimeProvider clock)
{
    public const string ListAction = "dashboard.cases-listed";
    public const string ExportAction = "dashboard.exported";

    /// <summary>The cases among <paramref name="candidates"/> the viewer may see (loaded with everything visibility reads).</summary>
    public async Task<List<Case>> VisibleAsync(DashboardViewer viewer, IEnumerable<Case> candidates, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        var ids = candidates.Select(c => c.Id).ToHashSet();
        if (ids.Count == 0) return [];
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var full = await db.Cases.AsNoTracking()
            .Include(c => c.Contacts)
            .Include(c => c.Stages).ThenInclude(s => s.Extensions)
            .Include(c => c.Stages).ThenInclude(s => s.CompensationApprovals)
            .Include(c => c.ExclusionDecisions)
            .Where(c => ids.Contains(c.Id))
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        if (viewer.Member is not { } member) return viewer.IsLocalDevelopmentUser ? full : [];
        var everyone = await db.Staff.AsNoTracking().ToListAsync(cancellationToken);
        var byId = everyone.ToDictionary(s => s.Id);
        var seeAll = accessOptions.Value.SeeAllCasesRoles;
        return full.Where(c => CaseVisibility.Sees(c, deadlines.PolicyOf(c), member, id => byId.GetValueOrDefault(id), everyone, seeAll)).ToList();
    }

    /// <summary>
    /// The cases behind one figure (<see cref="ReportDrillDown"/>) in the query's period and filter: how many the figure
    /// counts, and the rows of those the viewer may see; null for a dimension not known.
    /// </summary>
    public async Task<(int Total, List<CaseListRow> Rows)?> ListAsync(DashboardViewer viewer, DashboardQuery query, string? by, string? key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var all = await reportCases.ReceivedBeforeAsync(query.Period.End, query.Filter, cancellationToken);
        if (by is null || ReportDrillDown.Select(all, query.Period, by, key) is not { } chosen) return null;
        var visible = (await VisibleAsync(viewer, chosen, cancellationToken)).Select(c => c.Id).ToHashSet();
        var staff = await reportCases.StaffAsync(cancellationToken);
        return (chosen.Count, chosen.Where(c => visible.Contains(c.Id)).Select(c => ReportDrillDown.Row(c, id => staff.GetValueOrDefault(id)?.DisplayName)).ToList());
    }

    /// <summary>The references the viewer may see among <paramref name="references"/> (for the overdue table).</summary>
    public async Task<HashSet<string>> VisibleReferencesAsync(DashboardViewer viewer, IEnumerable<string> references, CancellationToken cancellationToken)
    {
        var wanted = references.ToHashSet(StringComparer.Ordinal);
        if (wanted.Count == 0) return [];
        var (open, _) = await reportCases.OpenAsync(cancellationToken);
        var visible = await VisibleAsync(viewer, open.Where(c => wanted.Contains(c.Reference.ToString())), cancellationToken);
        return visible.Select(c => c.Reference.ToString()).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Records, once for the whole list, which cases a viewer was shown or exported, and how.</summary>
    public async Task RecordListAsync(DashboardViewer viewer, string action, string what, IReadOnlyCollection<string> references, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var actor = viewer.Actor;
        db.AuditEntries.Add(new AuditEntry(null, clock.GetUtcNow(), actor.AadObjectId, action, null,
            JsonSerializer.Serialize(new { viewer = actor.DisplayName, what, cases = references })));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>One case in full for the viewer, recorded as viewed; null when there is no such case or they may not see it.</summary>
    public async Task<CaseDetail?> DetailAsync(DashboardViewer viewer, string reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        if (!CaseReference.TryParse(reference, out var parsed)) return null;
        var found = await cases.FindAsync(parsed, cancellationToken);
        if (found is null) return null;
        var policy = deadlines.PolicyOf(found);
        var allowed = viewer.Member is { } member ? await access.MaySeeAsync(found, policy, member, cancellationToken) : viewer.IsLocalDevelopmentUser;
        if (!allowed) return null;
        await access.RecordViewAsync(found, viewer.Actor, "dashboard", cancellationToken);

        var staff = await reportCases.StaffAsync(cancellationToken);
        var byAad = staff.Values.ToDictionary(s => s.AadObjectId, s => s.DisplayName, StringComparer.Ordinal);
        string? Name(int? id) => id is { } i && staff.TryGetValue(i, out var s) ? s.DisplayName : null;
        var now = clock.GetUtcNow();
        var trail = await cases.AuditTrailAsync(found.Id, cancellationToken);
        return new CaseDetail
        {
            Reference = found.Reference.ToString(),
            PolicyId = found.PolicyId,
            PolicyName = policy.Name,
            Category = found.CategoryId,
            Kind = found.Kind.ToString(),
            Status = found.Status.ToString(),
            Received = CardDates.DayAndTime(found.ReceivedAt),
            Closed = found.ClosedAt is { } closed ? CardDates.DayAndTime(closed) : null,
            Channel = found.Channel.ToString(),
            ServiceArea = found.ServiceArea,
            Theme = found.Theme,
            Customer = found.Customer.IsAnonymous ? "Anonymous" : found.Customer.Name,
            TenancyReference = found.Customer.TenancyReference,
            Tenure = found.Customer.Tenure.Describe(),
            Learning = found.Learning,
            ServiceImprovement = found.ServiceImprovement,
            OmbudsmanDetermination = found.OmbudsmanDetermination is { } d
                ? $"{char.ToUpperInvariant(d.Finding.Describe()[0])}{d.Finding.Describe()[1..]}, {CardDates.Day(d.DeterminedOn)}{(d.Orders is { } orders ? ": " + orders : "")}"
                : null,
            Description = found.Description,
            DesiredOutcome = found.DesiredOutcome,
            Owner = Name(found.OwnerId),
            Deadlines = [.. deadlines.Now(found, policy).Select(d => new CaseDetailDeadline(
                DeadlineNames.ForStaff(d.Kind), d.Name, CardDates.Day(d.DueDate), Standing(d), d.MetAt is { } met ? CardDates.DayAndTime(met) : null))],
            Stages = [.. found.Stages.OrderBy(s => s.Number).Select(s => new CaseDetailStage(
                s.Number, CardDates.DayAndTime(s.OpenedAt), Name(s.OwnerId),
                s.AcknowledgedAt is { } ack ? CardDates.DayAndTime(ack) : null,
                s.Response is { } r ? CardDates.DayAndTime(r.RespondedAt) : null,
                s.Response is { } answered ? OutcomeWords(answered.Outcome) : null, s.Response?.Compensation,
                [.. s.Extensions.Select(e => new CaseDetailExtension(
                    CardDates.DayAndTime(e.RequestedAt), e.WorkingDays, e.Reason, e.CustomerAgreed, e.Decision.ToString(),
                    Name(e.DecidedById), e.DecidedAt is { } at ? CardDates.DayAndTime(at) : null))]))],
            Trail = [.. trail.Select(e => new CaseDetailEvent(
                CardDates.DayAndTime(e.At), byAad.GetValueOrDefault(e.Actor) ?? (e.Actor == DashboardViewer.LocalActor ? DashboardViewer.LocalName : e.Actor),
                e.Action == CaseAuditActions.Viewed ? HistoryAction.Viewed(e.After) : HistoryAction.Describe(e.Action)))],
            TeamsLink = TeamsLink(found.Reference),
        };
    }

    private static string OutcomeWords(StageOutcome outcome) => outcome switch
    {
        StageOutcome.PartlyUpheld => "Partly upheld",
        StageOutcome.NotUpheld => "Not upheld",
        _ => outcome.ToString(),
    };

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

    /// <summary>A Teams deep link to a chat with the bot, with "case REF" ready to send (its answer is the case card).</summary>
    private string? TeamsLink(CaseReference reference) =>
        dashboardOptions.Value.AppId is { Length: > 0 } appId
            ? $"https://teams.microsoft.com/l/chat/0/0?users=28:{Uri.EscapeDataString(appId)}&message={Uri.EscapeDataString("case " + reference)}"
            : null;
}
