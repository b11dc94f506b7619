using ComplaintsBot.Cases.Deadlines;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Workflows.Letters;
using Microsoft.Extensions.Time.Testing;

namespace ComplaintsBot.Tests.Workflows.Letters;

/// <summary>The stage response letter holds what the Code asks for (6.9 at Stage 1, 6.19 at Stage 2), in the policy's own terms.</summary>
public sealed class StageResponseLetterTests
{
    // Monday 7 December 2026, 10:00 in London (GMT).
    private static readonly DateTimeOffset Start = new(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);
    private static readonly PolicyCatalog Policies = PolicyCatalog.Load();
    private readonly StageResponseLetters _letters =
        new(new CaseDeadlines(Policies, new ActivePolicy(Policies.Get("hoc-2024")), new DeadlineCalculator(), new FakeTimeProvider(Start)));

    [Fact]
    public void A_stage1_letter_states_the_stage_complaint_decision_reasons_remedy_actions_and_how_to_escalate_and_reach_the_ombudsman()
    {
        var policy = Policies.Get("hoc-2024");
        var @case = Responded(policy, new StageResponse(Start, StageOutcome.PartlyUpheld, "The repair was booked late.", "Mould wash and repaint",
            150m, "Replace the extractor fan by Fri 18 Dec 2026"));

        var text = _letters.Compose(@case, policy, 1).Text;

        Assert.Contains("This is our Stage 1 response to your complaint, reference HOC-2026-00042", text);
        Assert.Contains("We understood your complaint to be: Damp and mould <b>in</b> the back bedroom.", text);
        Assert.Contains("We have partly upheld your complaint.", text);
        Assert.Contains("Our reasons: The repair was booked late.", text);
        Assert.Contains("Mould wash and repaint", text);
        Assert.Contains("We are offering you £150.00 in compensation.", text);
        Assert.Contains("Replace the extractor fan by Fri 18 Dec 2026", text);
        Assert.Contains("You can ask us to look at your complaint again at Stage 2: reply to this letter, phone or email us.", text);
        Assert.Contains("There is no deadline for asking", text); // the Code sets no escalation window
        Assert.Contains("Housing Ombudsman Service, PO Box 152, Liverpool L33 7WQ. Telephone 0300 111 3000. Email info@housing-ombudsman.org.uk", text);
    }

    [Fact]
    public void The_html_letter_keeps_customer_text_as_text()
    {
        var policy = Policies.Get("hoc-2024");
        var @case = Responded(policy, new StageResponse(Start, StageOutcome.Upheld, "We were late <script>.", null, null, null));

        var html = _letters.Compose(@case, policy, 1).Html;

        Assert.Contains("Damp and mould &lt;b&gt;in&lt;/b&gt; the back bedroom.", html);
        Assert.Contains("We were late &lt;script&gt;.", html);
        Assert.DoesNotContain("<script>", html);
    }

    [Fact]
    public void A_policy_with_an_escalation_window_gives_the_last_day_to_ask_for_stage2()
    {
        var policy = Policies.Get("whg");
        var @case = Responded(policy, new StageResponse(Start, StageOutcome.NotUpheld, "The repair was on time.", null, null, null));

        var text = _letters.Compose(@case, policy, 1).Text;

        Assert.Contains("Please ask by Mon 4 Jan 2027 (28 days after this response).", text);
        Assert.Contains("We have not upheld your complaint.", text);
        Assert.Contains("We are not offering a remedy", text);
    }

    [Fact]
    public void After_the_final_stage_the_letter_says_the_procedure_is_complete_and_how_to_go_to_the_ombudsman()
    {
        var policy = Policies.Get("hoc-2024");
        var @case = Responded(policy, new StageResponse(Start, StageOutcome.Upheld, "We were late.", null, null, null));
        @case.Escalate(Start.AddDays(3), policy.Stages.Count, null);
        @case.Acknowledge(Start.AddDays(4));
        @case.RecordResponse(new StageResponse(Start.AddDays(10), StageOutcome.Upheld, "Stage 2 agrees.", null, null, null));

        var text = _letters.Compose(@case, policy, 2).Text;

        Assert.Contains("our Stage 2 response", text);
        Assert.Contains("This is our final response: our complaints procedure is now complete.", text);
        Assert.Contains("ask the Housing Ombudsman Service to investigate", text);
        Assert.Contains("Telephone 0300 111 3000", text);
        Assert.DoesNotContain("look at your complaint again", text);
    }

    [Fact]
    public void Code_6_12_the_letter_tells_the_customer_they_need_not_say_why_they_escalate()
    {
        var policy = Policies.Get("hoc-2024");
        var text = _letters.Compose(Responded(policy, new StageResponse(Start, StageOutcome.Upheld, "We were late.", null, null, null)), policy, 1).Text;

        Assert.Contains("You do not have to tell us why you are not satisfied", text);
        Assert.DoesNotContain("Tell us why", text);
    }

    [Fact]
    public void Code_the_ombudsmans_address_is_given_once()
    {
        var policy = Policies.Get("hoc-2024");
        var text = _letters.Compose(Responded(policy, new StageResponse(Start, StageOutcome.Upheld, "We were late.", null, null, null)), policy, 1).Text;

        Assert.Single(System.Text.RegularExpressions.Regex.Matches(text, "PO Box 152"));
    }

    [Theory]
    [InlineData("whg", "We will acknowledge your request within 5 working days of your request and respond within 20 working days of your request.")] // whg 2.23
    [InlineData("cfp-2018", "We will acknowledge your request within 5 working days of your request (and never after our response) and respond within 7 days of your request.")] // cfp 5 Stage 2
    [InlineData("hoc-2024", "We will acknowledge your request within 5 working days of your request and respond within 20 working days of acknowledging it.")] // Code 6.11, 6.14
    public void Whg_2_23_and_cfp_2018_the_stage2_reply_is_promised_counted_from_the_request_as_the_policy_counts_it(string policyId, string promise)
    {
        var policy = Policies.Get(policyId);
        var text = _letters.Compose(Responded(policy, new StageResponse(Start, StageOutcome.NotUpheld, "On time.", null, null, null)), policy, 1).Text;

        Assert.Contains(promise, text);
    }

    [Theory]
    [InlineData("whg", "We cannot accept a request made after that date.")] // whg 2.18: must be made within 28 days
    [InlineData("wch", "If you need longer, you can ask us for a further 10 working days.")] // WCH 5.3.1
    [InlineData("tch-rosebery", "If you ask later, we will consider your request.")] // TCH 9.1: we ask
    public void Whg_2_18_wch_5_3_1_tch_9_1_a_late_request_is_promised_only_what_the_policy_allows(string policyId, string promise)
    {
        var policy = Policies.Get(policyId);
        var text = _letters.Compose(Responded(policy, new StageResponse(Start, StageOutcome.NotUpheld, "On time.", null, null, null)), policy, 1).Text;

        Assert.Contains(promise, text);
        Assert.DoesNotContain("tell us why and we will consider it", text);
    }

    [Theory]
    [InlineData("whg", "Whistleblowing")]
    [InlineData("tch-rosebery", "out of date")]
    [InlineData("cfp-2018", "Localism Act")]
    public void No_staff_note_from_the_policy_file_is_printed_in_a_customer_letter(string policyId, string note)
    {
        var policy = Policies.Get(policyId);
        var text = _letters.Compose(Responded(policy, new StageResponse(Start, StageOutcome.NotUpheld, "On time.", null, null, null)), policy, 1).Text;

        Assert.DoesNotContain(note, text);
    }

    private static Case Responded(Policy policy, StageResponse response)
    {
        var @case = Case.Open(new CaseReference(policy.ReferencePrefix, 2026, 42), new CaseIntake
        {
            PolicyId = policy.Id, CategoryId = "complaint", Kind = ContactKind.Complaint,
            Customer = Customer.Named("Mrs Jo O'Neill", CustomerRelationship.Tenant), Channel = ContactChannel.Phone,
            ReceivedAt = Start, Description = "Damp and mould <b>in</b> the back bedroom.",
        });
        @case.Acknowledge(Start);
        @case.RecordResponse(response);
        return @case;
    }
}
