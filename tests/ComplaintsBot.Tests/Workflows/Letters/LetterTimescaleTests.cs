using System.Globalization;
using System.Text.RegularExpressions;
using ComplaintsBot.Cards;
using ComplaintsBot.Cases.Deadlines;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Cases.Time;
using ComplaintsBot.Workflows.Letters;
using Microsoft.Extensions.Time.Testing;

namespace ComplaintsBot.Tests.Workflows.Letters;

/// <summary>
/// What a letter promises is the date the bot tracks. Each test reads the letter as a customer would (the number, the
/// unit, what it counts from, and what it says about weekends and bank holidays), works out the date from those words
/// alone, and compares it with the deadline engine's date for the same case; a change to either the words or the
/// counting fails here.
/// </summary>
public sealed partial class LetterTimescaleTests
{
    private static readonly PolicyCatalog Policies = PolicyCatalog.Load();
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;
    private static readonly DeadlineCalculator Engine = new();

    public static TheoryData<string, string> EveryPolicyAndRequestDay()
    {
        var data = new TheoryData<string, string>();
        foreach (var policy in new[] { "hoc-2024", "his", "tch-rosebery", "wch", "whg", "cfp-2018" })
            foreach (var day in new[]
                     {
                         "2026-12-18", // Fri: Christmas Day, the weekend and Boxing Day (substitute) in the count
                         "2026-12-19", // Sat: asked on a day off
                         "2026-12-31", // Thu: New Year's Day in the count; cfp's acknowledgement meets its 7-day response
                         "2027-03-24", // Wed: Good Friday and Easter Monday in the count
                         "2026-08-24", // Mon: day 7 is the summer bank holiday
                         "2026-10-14", // Wed: an ordinary week
                     })
                data.Add(policy, day);
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryPolicyAndRequestDay))]
    public void Every_policys_stage1_letter_promises_the_stage2_dates_the_deadline_engine_sets(string policyId, string requestDay)
    {
        var policy = Policies.Get(policyId);
        var askedOn = DateOnly.Parse(requestDay, CultureInfo.InvariantCulture);
        var @case = RespondedBefore(policy, askedOn);
        var letter = Letter(policy, @case);

        var asked = London(askedOn, 11);
        @case.Escalate(asked, policy.Stages.Count, null);
        // Acknowledged the next working day, so a response counted from the acknowledgement has its own start.
        var acknowledgedOn = Calendar.NextWorkingDay(askedOn);
        @case.Acknowledge(London(acknowledgedOn, 15));
        var deadlines = Engine.For(@case, policy, asked);

        var (promisedAcknowledgement, promisedResponse) = Promised(letter, askedOn, acknowledgedOn);
        if (promisedAcknowledgement is { } acknowledgeBy)
            Assert.Equal(deadlines.Get(DeadlineKind.Stage2Acknowledge).DueDate, acknowledgeBy);
        else Assert.Null(deadlines.Find(DeadlineKind.Stage2Acknowledge));
        Assert.Equal(deadlines.Get(DeadlineKind.Stage2Response).DueDate, promisedResponse);
    }

    [Theory]
    [InlineData("hoc-2024", "Code 6.14", "We will acknowledge your request within 5 working days of your request and respond within 20 working days of acknowledging it.")]
    [InlineData("his", "HiS, Formal Complaint - Stage 2", "We will acknowledge your request within 5 working days of your request and respond within 20 working days of acknowledging it.")]
    [InlineData("tch-rosebery", "TCH 9.5", "We will acknowledge your request within 2 working days of your request and respond within 10 working days of acknowledging it.")]
    [InlineData("wch", "WCH 5.3.4", "We will acknowledge your request within 5 working days of your request and respond within 15 working days of acknowledging it.")]
    [InlineData("whg", "whg 2.23, App 1", "We will acknowledge your request within 5 working days of your request and respond within 20 working days of your request.")]
    public void Each_policys_working_day_stage2_timescales_are_said_as_working_days_without_weekends_or_bank_holidays(string policyId, string clause, string promise)
    {
        var policy = Policies.Get(policyId);
        Assert.Equal(clause, policy.RuleBook.Find("stages.stage2.respond.within")?.Citation.Clause);

        var text = Letter(policy, RespondedBefore(policy, new DateOnly(2026, 12, 18)));

        Assert.Contains(promise, text);
        Assert.Contains(LetterTimescales.WorkingDaysMeaning, text);
        Assert.DoesNotContain("next working day", text); // nothing counted in days to move
    }

    [Fact]
    public void Cfp_5_stage_2_the_letter_says_the_7_days_move_past_a_bank_holiday_as_the_deadline_does()
    {
        var policy = Policies.Get("cfp-2018");
        Assert.Equal("cfp 5 Stage 2", policy.RuleBook.Find("stages.stage2.respond.within")?.Citation.Clause);
        var askedOn = new DateOnly(2026, 12, 18);
        var @case = RespondedBefore(policy, askedOn);

        var text = Letter(policy, @case);

        Assert.Contains("We will acknowledge your request within 5 working days of your request (and never after our response) " +
                        "and respond within 7 days of your request.", text);
        Assert.Contains("If the last of the 7 days falls on a weekend or bank holiday, we will respond by the next working day.", text);
        Assert.Contains(LetterTimescales.WorkingDaysMeaning, text);

        // Asked on Fri 18 Dec 2026: day 7 is Christmas Day, then the weekend and the Boxing Day bank holiday (Mon 28).
        @case.Escalate(London(askedOn, 10), policy.Stages.Count, null);
        var deadlines = Engine.For(@case, policy, London(askedOn, 10));
        var (acknowledgeBy, respondBy) = Promised(text, askedOn, acknowledgedOn: null);
        Assert.Equal(new DateOnly(2026, 12, 29), respondBy);
        Assert.Equal(respondBy, deadlines.Get(DeadlineKind.Stage2Response).DueDate);
        Assert.Equal(new DateOnly(2026, 12, 29), acknowledgeBy);
        Assert.Equal(acknowledgeBy, deadlines.Get(DeadlineKind.Stage2Acknowledge).DueDate);
    }

    [Fact]
    public void Cfp_5_stage_2_with_code_6_11_an_acknowledgement_is_promised_no_later_than_the_response_as_the_deadline_is()
    {
        // Asked on Thu 31 Dec 2026: five working days end Fri 8 Jan (New Year's Day not counted), seven days end Thu 7 Jan.
        var policy = Policies.Get("cfp-2018");
        var askedOn = new DateOnly(2026, 12, 31);
        var @case = RespondedBefore(policy, askedOn);
        var text = Letter(policy, @case);
        @case.Escalate(London(askedOn, 10), policy.Stages.Count, null);

        var (acknowledgeBy, respondBy) = Promised(text, askedOn, acknowledgedOn: null);

        Assert.Equal(new DateOnly(2027, 1, 7), acknowledgeBy);
        Assert.Equal(new DateOnly(2027, 1, 7), respondBy);
        Assert.Equal(acknowledgeBy, Engine.For(@case, policy, London(askedOn, 10)).Get(DeadlineKind.Stage2Acknowledge).DueDate);
    }

    [Theory]
    [InlineData("whg", "2026-12-04")]          // whg 2.18: 28 days end on New Year's Day
    [InlineData("whg", "2026-11-27")]          // 28 days end on Christmas Day
    [InlineData("tch-rosebery", "2026-12-05")] // TCH 9.1: 20 days end on Christmas Day
    [InlineData("tch-rosebery", "2027-03-06")] // 20 days end on Good Friday
    [InlineData("wch", "2026-12-11")]          // WCH 5.3.1: 10 working days over Christmas
    public void Whg_2_18_tch_9_1_wch_5_3_1_the_last_day_to_ask_in_the_letter_is_the_escalation_window_the_bot_tracks(string policyId, string respondedOn)
    {
        var policy = Policies.Get(policyId);
        var day = DateOnly.Parse(respondedOn, CultureInfo.InvariantCulture);
        var @case = Open(policy, London(day.AddDays(-20), 9));
        @case.Acknowledge(London(day.AddDays(-19), 9));
        @case.RecordResponse(new StageResponse(London(day, 14), StageOutcome.NotUpheld, "On time.", null, null, null));

        var text = Letter(policy, @case);

        var window = Engine.For(@case, policy, London(day, 15)).Get(DeadlineKind.EscalationWindow).DueDate;
        Assert.Equal($"Please ask by {CardDates.Day(window)} ({policy.EscalationWindow!.Within} after this response).",
            AskBy().Match(text).Value);
    }

    // The dates a customer works out from the letter's words alone: "within N working days" skips weekends and bank
    // holidays; "within N days" moves to the next working day only where the letter says so; neither counts the first day.
    private static (DateOnly? AcknowledgeBy, DateOnly RespondBy) Promised(string letter, DateOnly askedOn, DateOnly? acknowledgedOn)
    {
        var respond = Respond().Match(letter);
        Assert.True(respond.Success, "The letter gives no response timescale:\n" + letter);
        var respondBy = Count(letter, respond, "respond", askedOn, acknowledgedOn);
        var acknowledge = Acknowledge().Match(letter);
        if (!acknowledge.Success) return (null, respondBy);
        var acknowledgeBy = Count(letter, acknowledge, "acknowledge it", askedOn, acknowledgedOn);
        if (acknowledge.Groups["cap"].Success && respondBy < acknowledgeBy) acknowledgeBy = respondBy;
        return (acknowledgeBy, respondBy);
    }

    private static DateOnly Count(string letter, Match said, string verb, DateOnly askedOn, DateOnly? acknowledgedOn)
    {
        var amount = int.Parse(said.Groups["amount"].Value, CultureInfo.InvariantCulture);
        var from = said.Groups["from"].Value == "your request" ? askedOn
            : acknowledgedOn ?? throw new InvalidOperationException("The letter counts from the acknowledgement; give its day.");
        if (said.Groups["unit"].Value.StartsWith("working", StringComparison.Ordinal))
        {
            Assert.Contains("weekends and bank holidays are not counted", letter);
            return Calendar.AddWorkingDays(from, amount);
        }
        var end = from.AddDays(amount);
        return letter.Contains($"If the last of the {amount} days falls on a weekend or bank holiday, we will {verb} by the next working day.", StringComparison.Ordinal)
            ? Calendar.OnOrAfter(end)
            : end;
    }

    private static string Letter(Policy policy, Case @case) =>
        new StageResponseLetters(new CaseDeadlines(Policies, new ActivePolicy(policy), Engine, new FakeTimeProvider(@case.Stage(1)!.Response!.RespondedAt)))
            .Compose(@case, policy, 1).Text;

    // A stage 1 answered three days before the customer asks for stage 2.
    private static Case RespondedBefore(Policy policy, DateOnly askedOn)
    {
        var @case = Open(policy, London(askedOn.AddDays(-30), 9));
        @case.Acknowledge(London(askedOn.AddDays(-29), 9));
        @case.RecordResponse(new StageResponse(London(askedOn.AddDays(-3), 14), StageOutcome.NotUpheld, "The repair was on time.", null, null, null));
        return @case;
    }

    private static Case Open(Policy policy, DateTimeOffset received) =>
        Case.Open(new CaseReference(policy.ReferencePrefix, 2026, 7), new CaseIntake
        {
            PolicyId = policy.Id, CategoryId = "complaint", Kind = ContactKind.Complaint,
            Customer = Customer.Named("Mr Sam Okafor", CustomerRelationship.Tenant), Channel = ContactChannel.Phone,
            ReceivedAt = received, Description = "The repair was missed twice.",
        });

    private static DateTimeOffset London(DateOnly day, int hour) => LondonTime.AtLondon(day, new TimeOnly(hour, 0));

    [GeneratedRegex(@"acknowledge your request within (?<amount>\d+) (?<unit>working days?|days?) of (?<from>your request|acknowledging it)(?<cap> \(and never after our response\))?")]
    private static partial Regex Acknowledge();

    [GeneratedRegex(@"respond within (?<amount>\d+) (?<unit>working days?|days?) of (?<from>your request|acknowledging it)\.")]
    private static partial Regex Respond();

    [GeneratedRegex(@"Please ask by [^.]*\.")]
    private static partial Regex AskBy();
}
