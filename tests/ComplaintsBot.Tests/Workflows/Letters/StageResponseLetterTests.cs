using ComplaintsBot.Cases.Deadlines;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Workflows.Letters;
using Microsoft.Extensions.Time.Testing;

namespace ComplaintsBot.Tests.Workflows.Letters;

/// <summary>The stage response letter holds what the Code asks for (5.19, 6.17), in the policy's own terms.</summary>
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
        Assert.Contains("You can ask us to look at your complaint again at Stage 2.", text);
        Assert.Contains("There is no deadline for asking", text); // the Code sets no escalation window
        Assert.Contains("Housing Ombudsman Service. PO Box 152, Liverpool L33 7WQ. Telephone 0300 111 3000. Email info@housing-ombudsman.org.uk", text);
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
