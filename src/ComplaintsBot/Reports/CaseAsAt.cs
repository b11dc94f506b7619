using ComplaintsBot.Cases.Deadlines;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Cases.Time;

namespace ComplaintsBot.Reports;

/// <summary>
/// A case's timeline as it stood at an instant: what happened later is left out, so a case answered after
/// the period is "open at the end of the period", and its deadlines are judged as they stood then.
/// </summary>
internal static class CaseAsAt
{
    public static CaseTimeline Timeline(Case @case, CaseTrack track, DateTimeOffset at, Timescale? stage1ExtensionCap = null, Timescale? stage2ExtensionCap = null)
    {
        var stage1 = @case.Stage(1);
        var stage2 = @case.Stage(2);
        var escalated = Before(stage1?.EscalationRequestedAt, at);
        return new CaseTimeline
        {
            Track = track,
            Received = @case.ReceivedAt,
            Stage1Acknowledged = Before(stage1?.AcknowledgedAt, at),
            Stage1CustomerContacted = Before(stage1?.CustomerContactedAt, at),
            Stage1Response = Before(stage1?.Response?.RespondedAt, at),
            Stage1ExtensionWorkingDays = Capped(ApprovedDays(stage1, at), stage1ExtensionCap),
            EscalationWindowExtended = @case.EscalationWindowExtended,
            EscalationRequested = escalated,
            Stage2Acknowledged = escalated is null ? null : Before(stage2?.AcknowledgedAt, at),
            Stage2CustomerContacted = escalated is null ? null : Before(stage2?.CustomerContactedAt, at),
            Stage2Response = escalated is null ? null : Before(stage2?.Response?.RespondedAt, at),
            Stage2ExtensionWorkingDays = escalated is null ? 0 : Capped(ApprovedDays(stage2, at), stage2ExtensionCap),
        };
    }

    /// <summary>
    /// The timeline judged by the Code: the complaint track, with approved extensions counted only up to the
    /// Code's own limit per stage (Code 6.4 and 6.15: 10 and 20 working days).
    /// </summary>
    public static CaseTimeline CodeTimeline(Case @case, Policy code, DateTimeOffset at) =>
        Timeline(@case, CaseTrack.Complaint, at, ExtensionMax(code, 1), ExtensionMax(code, 2));

    private static Timescale? ExtensionMax(Policy policy, int stage) =>
        policy.Stages.FirstOrDefault(s => s.Number == stage)?.Extension.Max;

    private static DateTimeOffset? Before(DateTimeOffset? instant, DateTimeOffset at) => instant < at ? instant : null;

    private static int ApprovedDays(CaseStage? stage, DateTimeOffset at) =>
        stage?.Extensions.Where(e => e.Decision == ExtensionDecision.Approved && e.DecidedAt < at).Sum(e => e.WorkingDays) ?? 0;

    private static int Capped(int days, Timescale? cap) =>
        cap is { Unit: TimeUnit.WorkingDays } max ? Math.Min(days, max.Amount) : days;
}
