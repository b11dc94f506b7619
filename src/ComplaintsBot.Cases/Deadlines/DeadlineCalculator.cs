using System.Runtime.CompilerServices;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Cases.Time;

namespace ComplaintsBot.Cases.Deadlines;

/// <summary>
/// Computes the deadlines of a case under its policy, counting this way:
/// "within N working days of E" ends at 23:59:59 London on the Nth working day after the London day of E
/// (that day never counts); "within N days" at the end of the Nth calendar day after it; "within N hours"
/// at E + N hours; an extension of N working days moves the due date to the Nth working day after it.
/// A deadline that runs from an event not yet happened is provisional, from that event's own due date.
/// A stage's acknowledgement, contact or response counted in calendar days that ends on a weekend or bank
/// holiday is due on the next working day (no one can send it on Christmas Day; as CPR 2.8(5) does for court
/// periods), and a stage's acknowledgement is due no later than its response when the response does not wait
/// on it (cfp-2018 stage 2: 7 days against the inherited 5 working days).
/// Thread-safe; computing a set allocates nothing.
/// </summary>
public sealed class DeadlineCalculator
{
    public DeadlineCalculator() : this(WorkingDayCalendar.EnglandAndWales)
    {
    }

    public DeadlineCalculator(WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        Calendar = calendar;
    }

    public WorkingDayCalendar Calendar { get; }

    /// <summary>The case's deadlines and their status now, by the injected clock.</summary>
    public DeadlineSet Compute(Policy policy, in CaseTimeline timeline, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return Compute(policy, timeline, clock.GetUtcNow());
    }

    /// <summary>The case's deadlines and their status at <paramref name="now"/>.</summary>
    public DeadlineSet Compute(Policy policy, in CaseTimeline timeline, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(policy);
        CheckTimeline(timeline);
        var run = new Run(Calendar, policy, timeline, now);
        if (timeline.Track == CaseTrack.QuickResolution) run.AddQuickResolution();
        else run.AddComplaint();
        return run.Deadlines;
    }

    /// <summary>
    /// The deadlines of <paramref name="case"/> at <paramref name="now"/>; none where the policy sets none for its category.
    /// A complaint ended for unreasonable behaviour (TCH 10.2, whg 2.27) stopped its clocks then: its deadlines stay as they stood.
    /// </summary>
    public DeadlineSet For(Case @case, Policy policy, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(@case);
        if (@case.Ending is { EndedAt: var ended } && ended < now) now = ended;
        return @case.Timeline(policy) is { } timeline ? Compute(policy, timeline, now) : default;
    }

    /// <summary>When a timescale that runs from <paramref name="happened"/> ends, with London's offset.</summary>
    public DateTimeOffset DueFrom(DateTimeOffset happened, Timescale within) =>
        Shift(Calendar, Moment.Of(happened, provisional: false), within).Instant;

    /// <summary>The due moment after extending <paramref name="due"/> by <paramref name="extension"/> (counted from the due date).</summary>
    public DateTimeOffset Extend(DateTimeOffset due, Timescale extension) => DueFrom(due, extension);

    // Where an event happened, or is expected to: its instant and London date.
    private readonly record struct Moment(DateTimeOffset Instant, DateOnly Date, bool Provisional)
    {
        public static Moment Of(DateTimeOffset instant, bool provisional) => new(instant, LondonTime.DateOf(instant), provisional);

        public static Moment EndOf(DateOnly date, bool provisional) => new(LondonTime.EndOfDay(date), date, provisional);
    }

    private static Moment Shift(WorkingDayCalendar calendar, in Moment from, Timescale by) => by.Unit switch
    {
        TimeUnit.WorkingDays => Moment.EndOf(calendar.AddWorkingDays(from.Date, by.Amount), from.Provisional),
        TimeUnit.CalendarDays => Moment.EndOf(from.Date.AddDays(by.Amount), from.Provisional),
        TimeUnit.Months => Moment.EndOf(from.Date.AddMonths(by.Amount), from.Provisional),
        TimeUnit.Hours => Moment.Of(LondonTime.ToLondon(from.Instant.AddHours(by.Amount)), from.Provisional),
        _ => throw new ArgumentOutOfRangeException(nameof(by), by, "Unknown time unit."),
    };

    private static void CheckTimeline(in CaseTimeline t)
    {
        CheckAfter(t.Stage1Acknowledged, "The stage 1 acknowledgement", t.Received, "the case was received");
        CheckAfter(t.Stage1CustomerContacted, "The stage 1 contact with the customer", t.Received, "the case was received");
        CheckAfter(t.Stage1Response, "The stage 1 response", t.Received, "the case was received");
        CheckAfter(t.EscalationRequested, "The escalation request", t.Received, "the case was received");
        if (t.EscalationRequested is null && (t.Stage2Acknowledged ?? t.Stage2CustomerContacted ?? t.Stage2Response) is not null)
            throw new ArgumentException("The timeline records stage 2 events but no escalation request; record when escalation was requested.", nameof(t));
        if (t.EscalationRequested is { } requested)
        {
            CheckAfter(t.Stage2Acknowledged, "The stage 2 acknowledgement", requested, "escalation was requested");
            CheckAfter(t.Stage2CustomerContacted, "The stage 2 contact with the customer", requested, "escalation was requested");
            CheckAfter(t.Stage2Response, "The stage 2 response", requested, "escalation was requested");
        }
        if (t.Stage1ExtensionWorkingDays < 0 || t.Stage2ExtensionWorkingDays < 0)
            throw new ArgumentException(
                $"Extensions must be zero or more working days (stage 1: {t.Stage1ExtensionWorkingDays}, stage 2: {t.Stage2ExtensionWorkingDays}).", nameof(t));
    }

    private static void CheckAfter(DateTimeOffset? happened, string what, DateTimeOffset earliest, string earliestWhat)
    {
        if (happened is { } when && when < earliest)
            throw new ArgumentException($"{what} ({when:u}) is before {earliestWhat} ({earliest:u}).", "timeline");
    }

    private static StageRules? FindStage(Policy policy, int number)
    {
        var stages = policy.Stages;
        for (var i = 0; i < stages.Count; i++)
            if (stages[i].Number == number) return stages[i];
        return null;
    }

    private static DateTimeOffset? Earliest(DateTimeOffset? a, DateTimeOffset? b) =>
        a is null ? b : b is null ? a : a.Value <= b.Value ? a : b;

    // One computation: the expected moment of each event in lifecycle order, and the deadlines found.
    private struct Run(WorkingDayCalendar calendar, Policy policy, in CaseTimeline timeline, DateTimeOffset now)
    {
        private readonly WorkingDayCalendar _calendar = calendar;
        private readonly Policy _policy = policy;
        private readonly CaseTimeline _timeline = timeline;
        private readonly long _nowTicks = now.UtcTicks;
        private readonly DateOnly _today = LondonTime.DateOf(now);
        private Expected _expected;
        public DeadlineSet Deadlines;

        public void AddQuickResolution()
        {
            if (_policy.QuickResolution is not { RespondWithin: { } within } quick) return;
            if (_timeline.When(quick.From) is not { } from) return;
            var due = Shift(_calendar, Moment.Of(from, provisional: false), within);
            Add(DeadlineKind.QuickResponse, due, _timeline.Stage1Response);
        }

        public void AddComplaint()
        {
            var t = _timeline;
            _expected[(int)CaseEvent.Received] = Moment.Of(t.Received, provisional: false);

            var stage1 = FindStage(_policy, 1);
            Moment? acknowledged = null, responded = null, windowEnds = null;
            // A stage 1 escalated unanswered (WCH 5.3.3: once its response is overdue) ends there: its deadlines
            // close, late, when the customer asked, rather than staying overdue on a stage nobody runs.
            var ended = t.Stage1Response is null ? t.EscalationRequested : null;
            // WCH 4.3: an anonymous complaint is logged and investigated, but nobody can be sent an acknowledgement or
            // be contacted, so those deadlines are not shown as due (the bot says so when staff log it); the response
            // is still counted from when the acknowledgement was due.
            if (stage1?.Acknowledge is { } acknowledge)
                acknowledged = t.CustomerAnonymous
                    ? AcknowledgeDue(stage1, acknowledge, CaseEvent.Stage1Acknowledged)
                    : Add(DeadlineKind.Stage1Acknowledge, AcknowledgeDue(stage1, acknowledge, CaseEvent.Stage1Acknowledged), t.Stage1Acknowledged ?? ended);
            Expect(CaseEvent.Stage1Acknowledged, t.Stage1Acknowledged, acknowledged);
            if (stage1?.ContactCustomer is { } contact && !t.CustomerAnonymous)
                Add(DeadlineKind.Stage1ContactCustomer, StageDue(contact, CaseEvent.Stage1Response), Earliest(t.Stage1CustomerContacted, t.Stage1Response) ?? ended);
            if (stage1 is not null)
                responded = Add(DeadlineKind.Stage1Response, Extended(StageDue(stage1.Respond, CaseEvent.Stage1Response), t.Stage1ExtensionWorkingDays), t.Stage1Response ?? ended);
            Expect(CaseEvent.Stage1Response, t.Stage1Response, responded);

            if (_policy.EscalationWindow is { } window && t.When(window.From) is not null)
            {
                var closes = Shift(_calendar, From(window.From, CaseEvent.EscalationRequested, DeadlineKind.EscalationWindow), window.Within);
                if (t.EscalationWindowExtended && window.ExtensionOnRequest is { } longer) closes = Shift(_calendar, closes, longer);
                windowEnds = Add(DeadlineKind.EscalationWindow, closes, t.EscalationRequested);
            }
            Expect(CaseEvent.EscalationRequested, t.EscalationRequested, windowEnds);

            var stage2 = FindStage(_policy, 2);
            if (t.EscalationRequested is null || stage2 is null) return;
            Moment? acknowledged2 = null;
            if (stage2.Acknowledge is { } acknowledge2)
                acknowledged2 = t.CustomerAnonymous
                    ? AcknowledgeDue(stage2, acknowledge2, CaseEvent.Stage2Acknowledged)
                    : Add(DeadlineKind.Stage2Acknowledge, AcknowledgeDue(stage2, acknowledge2, CaseEvent.Stage2Acknowledged), t.Stage2Acknowledged);
            Expect(CaseEvent.Stage2Acknowledged, t.Stage2Acknowledged, acknowledged2);
            if (stage2.ContactCustomer is { } contact2 && !t.CustomerAnonymous)
                Add(DeadlineKind.Stage2ContactCustomer, StageDue(contact2, CaseEvent.Stage2Response), Earliest(t.Stage2CustomerContacted, t.Stage2Response));
            Add(DeadlineKind.Stage2Response, Extended(StageDue(stage2.Respond, CaseEvent.Stage2Response), t.Stage2ExtensionWorkingDays), t.Stage2Response);
        }

        // A stage deadline is something staff send: one that ends on a day off is due on the next working day.
        private readonly Moment StageDue(Deadline rule, CaseEvent leadsTo)
        {
            var due = Due(rule, leadsTo);
            return _calendar.IsWorkingDay(due.Date) || rule.Within.Unit == TimeUnit.Hours
                ? due
                : Moment.EndOf(_calendar.OnOrAfter(due.Date), due.Provisional);
        }

        // The acknowledgement is due by the (unextended) response at the latest, where the response does not run
        // from the acknowledgement: an acknowledgement after the response it announces helps no one.
        private readonly Moment AcknowledgeDue(StageRules stage, Deadline acknowledge, CaseEvent acknowledged)
        {
            var due = StageDue(acknowledge, acknowledged);
            if (stage.Respond.From >= acknowledged) return due;
            var response = StageDue(stage.Respond, acknowledged + 1);
            return response.Instant < due.Instant ? response : due;
        }

        // The event's moment: when it happened; else its own deadline (provisional); else, where the policy
        // sets it no deadline, the moment of the event before it (provisional: the earliest it can happen).
        private void Expect(CaseEvent caseEvent, DateTimeOffset? happened, Moment? due)
        {
            var index = (int)caseEvent;
            _expected[index] = happened is { } when
                ? Moment.Of(when, provisional: false)
                : (due ?? _expected[index - 1]) with { Provisional = true };
        }

        private readonly Moment Due(Deadline rule, CaseEvent leadsTo) =>
            Shift(_calendar, From(rule.From, leadsTo, null), rule.Within);

        private readonly Moment From(CaseEvent from, CaseEvent leadsTo, DeadlineKind? kind)
        {
            if (from >= leadsTo)
                throw new ArgumentException(
                    $"Policy {_policy.Id}: the deadline for {(kind?.Name() ?? leadsTo.ToString())} cannot run from {from}, which comes after it.", "policy");
            return _expected[(int)from];
        }

        private readonly Moment Extended(Moment due, int workingDays) =>
            workingDays == 0 ? due : Moment.EndOf(_calendar.AddWorkingDays(due.Date, workingDays), due.Provisional);

        private Moment Add(DeadlineKind kind, Moment due, DateTimeOffset? met)
        {
            // The whole due second is in time: 23:59:59.5 on the due day is not late.
            var limit = due.Instant.UtcTicks + TimeSpan.TicksPerSecond;
            DeadlineStatus status;
            int? workingDaysLeft = null;
            if (met is { } metAt)
            {
                status = metAt.UtcTicks < limit ? DeadlineStatus.Met : DeadlineStatus.MetLate;
            }
            else
            {
                var left = _calendar.WorkingDaysBetween(_today, due.Date);
                workingDaysLeft = left;
                status = _nowTicks >= limit ? DeadlineStatus.Overdue
                    : due.Date == _today ? DeadlineStatus.DueToday
                    : InWarningWindow(due, left) ? DeadlineStatus.DueSoon
                    : DeadlineStatus.OnTrack;
            }
            Deadlines.Add(new CaseDeadline(kind, due.Instant, due.Date, due.Provisional, status, workingDaysLeft, met));
            return due;
        }

        private readonly bool InWarningWindow(in Moment due, int workingDaysLeft)
        {
            var window = _policy.Reminders.WarningWindow;
            return window.Unit switch
            {
                TimeUnit.WorkingDays => workingDaysLeft <= window.Amount,
                TimeUnit.CalendarDays => due.Date.DayNumber - _today.DayNumber <= window.Amount,
                TimeUnit.Hours => _nowTicks >= due.Instant.UtcTicks - window.Amount * TimeSpan.TicksPerHour,
                TimeUnit.Months => _today >= due.Date.AddMonths(-window.Amount),
                _ => false,
            };
        }
    }

    [InlineArray(6)]
    private struct Expected
    {
        private Moment _element;
    }
}
