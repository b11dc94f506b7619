using System.Globalization;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Tests.Dialogs;

namespace ComplaintsBot.Tests.Workflows.LogContact;

/// <summary>
/// The typed questions and the cards are two ways through the same waterfall: the same answers save the same case,
/// compared field by field (everything a case holds from logging, and the exclusion decisions saving recorded).
/// </summary>
public sealed class ChatAndCardsSaveTheSameCaseTests
{
    [Fact]
    public async Task A_complaint_by_an_mp_about_an_old_issue_the_customer_learned_of_late_already_considered_is_saved_the_same_typed_or_on_cards()
    {
        var typed = await SaveAsync(chat => chat
            .Says("log").Asks("What is the customer's name?")
            .Says("Ada Jones").Asks("reference")
            .Says("T-10042").Asks("tenant, leaseholder, applicant or other")
            .Says("tenant").Asks("Which tenure is their home")
            .Says("LCHO").Asks("Is anyone acting for them?")
            .Says("MP").Asks("What is the MP's name?")
            .Says("Jane Smith MP").Asks("consent")
            .Says("yes").Asks("vulnerability")
            .Says("Hard of hearing: write, don't phone").Asks("How did they contact us?")
            .Says("email").Asks("When was it received?")
            .Says("16/12/2026 14:30").Asks("What does the customer say?")
            .Says("Damp in the bedroom has come back three times.").Asks("What do they want")
            .Says("Fix the cause and redecorate").Asks("unhappy")
            .Says("yes").Asks("health and safety or safeguarding concern")
            .Says("health and safety").Tells("Flagged for a senior manager").Asks("first time")
            .Says("no").Asks("investigated")
            .Says("yes").Tells("Suggested").Asks("Log it as Complaint")
            .Says("Complaint").Asks("When did the issue happen?")
            .Says("01/03/2025").Asks("When did the customer become aware of the issue?")
            .Says("01/12/2026")
            .Asks("filed at court").Says("no")
            .Asks("already been considered").Says("yes")
            .Tells("This cannot be accepted as a complaint under Complaint Handling Code (2024)")
            .Asks("Which service area").Says("Repairs")
            .Asks("theme").Says("Damp and mould")
            .ShowsCard("Check this contact before saving")
            .PressesSave()
            .Tells("Saved as **HOC-2026-00001**"));

        var onCards = await SaveAsync(chat => chat
            .Presses(CardPathTranscriptTests.LogByCards).ShowsCard("Log a contact: the customer and what they say")
            .Submits("details", ("anonymous", "false"), ("customerName", "Ada Jones"), ("tenancyReference", "T-10042"), ("relationship", "Tenant"),
                ("tenure", "LowCostHomeOwnership"), ("representativeKind", "MemberOfParliament"), ("representativeName", "Jane Smith MP"),
                ("representativeConsent", "true"), ("vulnerability", "Hard of hearing: write, don't phone"), ("channel", "Email"),
                ("receivedDate", "2026-12-16"), ("receivedTime", "14:30"), ("description", "Damp in the bedroom has come back three times."),
                ("desiredOutcome", "Fix the cause and redecorate"), ("serviceArea", "Repairs"), ("theme", "Damp and mould"), ("category", "ask"))
            .ShowsCard("Log a contact: what kind of contact it is")
            .Submits("classification", ("unhappy", "yes"), ("concern", "HealthAndSafety"), ("firstTime", "no"), ("investigate", "yes"), ("category", "suggested"))
            .Tells("Flagged for a senior manager")
            .ShowsCard("Log a complaint: the policy's exclusions")
            .Submits("exclusions", ("issueDate", "2025-03-01"), ("exclusionLegalProceedings", "false"), ("exclusionAlreadyConsidered", "true"))
            .ShowsCard("outside the policy's time limit")
            .Submits("exclusions", ("issueDate", "2025-03-01"), ("ageChecked", "2025-03-01"), ("awareDate", "2026-12-01"),
                ("exclusionLegalProceedings", "false"), ("exclusionAlreadyConsidered", "true"))
            .ShowsCard("Check this contact before saving")
            .PressesSave()
            .Tells("Saved as **HOC-2026-00001**"));

        Assert.Equal(typed.Count, onCards.Count);
        foreach (var (field, value) in typed)
            Assert.True(onCards[field] == value, $"{field}: typed \"{value}\", on cards \"{onCards[field]}\"");
    }

    [Fact]
    public async Task A_compliment_is_saved_the_same_typed_or_on_cards()
    {
        var typed = await SaveAsync(chat => chat
            .TenantAlone()
            .Says("in person").Asks("When was it received?")
            .Says("17/12/2026 11:05").Asks("What does the customer say?")
            .Says("The caretaker was brilliant with my mum.").Asks("What do they want")
            .Says("nothing").Asks("unhappy")
            .Says("no").Asks("praising")
            .Says("yes").Tells("Suggested").Asks("Log it as Compliment")
            .Says("Compliment").Asks("Who did they praise?")
            .Says("The caretaking team")
            .Routed("Estates", "skip")
            .ShowsCard("Check this contact before saving")
            .PressesSave()
            .Tells("Saved as **HOC-2026-00001**"));

        var onCards = await SaveAsync(chat => chat
            .Presses(CardPathTranscriptTests.LogByCards).ShowsCard("Log a contact: the customer and what they say")
            .Submits("details", ("anonymous", "false"), ("customerName", "Ada Jones"), ("tenancyReference", "T-10042"), ("relationship", "Tenant"),
                ("tenure", "LowCostRental"), ("representativeKind", "None"), ("representativeConsent", "false"), ("channel", "InPerson"),
                ("receivedDate", "2026-12-17"), ("receivedTime", "11:05"), ("description", "The caretaker was brilliant with my mum."),
                ("serviceArea", "Estates"), ("category", "compliment"), ("staffPraised", "The caretaking team"))
            .ShowsCard("Check this contact before saving")
            .PressesSave()
            .Tells("Saved as **HOC-2026-00001**"));

        Assert.Equal(typed.Count, onCards.Count);
        foreach (var (field, value) in typed)
            Assert.True(onCards[field] == value, $"{field}: typed \"{value}\", on cards \"{onCards[field]}\"");
    }

    /// <summary>Logs one contact with <paramref name="script"/> on a fresh bot and returns the saved case, field by field.</summary>
    private static async Task<Dictionary<string, string>> SaveAsync(Func<Chat, Chat> script)
    {
        await using var bot = await LoggingBot.StartAsync("hoc-2024");
        await script(bot.Chat()).RunAsync();
        var saved = await bot.OnlyCaseAsync();
        var fields = new Dictionary<string, string>
        {
            ["Reference"] = saved.Reference.ToString(),
            ["PolicyId"] = saved.PolicyId,
            ["CategoryId"] = saved.CategoryId,
            ["Kind"] = saved.Kind.ToString(),
            ["Status"] = saved.Status.ToString(),
            ["CurrentStage"] = $"{saved.CurrentStage}",
            ["Customer.Name"] = $"{saved.Customer.Name}",
            ["Customer.IsAnonymous"] = $"{saved.Customer.IsAnonymous}",
            ["Customer.TenancyReference"] = $"{saved.Customer.TenancyReference}",
            ["Customer.Relationship"] = saved.Customer.Relationship.ToString(),
            ["Customer.Tenure"] = saved.Customer.Tenure.ToString(),
            ["Representative"] = $"{saved.Representative}",
            ["Vulnerability"] = $"{saved.Vulnerability}",
            ["ReasonableAdjustments"] = $"{saved.ReasonableAdjustments}",
            ["Channel"] = saved.Channel.ToString(),
            ["ReceivedAt"] = saved.ReceivedAt.ToString("O", CultureInfo.InvariantCulture),
            ["IssueOccurredOn"] = $"{saved.IssueOccurredOn:O}",
            ["CustomerAwareOn"] = $"{saved.CustomerAwareOn:O}",
            ["Description"] = saved.Description,
            ["DesiredOutcome"] = $"{saved.DesiredOutcome}",
            ["ServiceArea"] = $"{saved.ServiceArea}",
            ["Theme"] = $"{saved.Theme}",
            ["OwnerId"] = $"{saved.OwnerId}",
            ["SafeguardingConcern"] = $"{saved.SafeguardingConcern}",
            ["HealthAndSafetyConcern"] = $"{saved.HealthAndSafetyConcern}",
            ["StaffPraised"] = $"{saved.StaffPraised}",
            ["ClosedAt"] = $"{saved.ClosedAt:O}",
            ["ExclusionDecisions"] = string.Join("; ", saved.ExclusionDecisions.Select(d => $"{d.ExclusionId} {d.Applies} {d.Outcome} {d.ExplanationGiven}")),
            ["Deadlines"] = saved.Timeline(bot.Policy) is null ? "none" : string.Join("; ", bot.DeadlinesOf(saved).ToArray().Select(d => $"{d}")),
        };
        return fields;
    }
}
