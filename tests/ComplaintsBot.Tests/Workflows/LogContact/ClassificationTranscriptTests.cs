using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Tests.Dialogs;

namespace ComplaintsBot.Tests.Workflows.LogContact;

/// <summary>Concerns, thanks and the category staff choose, as the policies word them.</summary>
public sealed class ClassificationTranscriptTests
{
    [Fact]
    public async Task Under_whg_a_health_and_safety_concern_makes_it_a_complaint_flagged_for_a_senior_manager_without_asking_the_category()
    {
        await using var bot = await LoggingBot.StartAsync("whg");
        var questions = bot.Policy.Exclusions.Where(e => e.Id != "issue-too-old").Select(e => e.Question);
        await bot.Chat()
            .TenantOnThePhone("Exposed wiring in the hallway since the repair visit.", "Make it safe today")
            .Says("yes").Asks("health and safety or safeguarding concern")
            .Says("Health and safety")
            .Tells("Under Customer Complaints Policy, a health and safety concern is always a complaint, so I have filed it as one. It is flagged for a senior manager")
            // An issue older than 6 months is still in time: health and safety is one of whg's exceptions.
            .Asks("When did the issue happen?")
            .Says("01/01/2026")
            .NoExclusionApplies(questions)
            .Routed("Repairs", "Electrical safety")
            .ShowsCard("Complaint, Stage 1 - Investigation, under Customer Complaints Policy", "Health and safety (flagged for a senior manager)")
            .PressesSave()
            .Tells("Saved as **WHG-2026-00001**", "Flagged for a senior manager")
            .ShowsCard("WHG-2026-00001")
            .RunAsync();

        var saved = await bot.OnlyCaseAsync();
        Assert.Equal((ContactKind.Complaint, true, false), (saved.Kind, saved.HealthAndSafetyConcern, saved.SafeguardingConcern));
        Assert.Equal(ExclusionOutcome.Overridden, saved.ExclusionDecisions.Single(d => d.ExclusionId == "issue-too-old").Outcome);
        Assert.DoesNotContain(bot.Transcript.Lines, line => line.Contains("first time they have asked", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Under_the_code_a_safeguarding_concern_is_flagged_but_staff_still_choose_the_category()
    {
        await using var bot = await LoggingBot.StartAsync("hoc-2024");
        await bot.Chat()
            .TenantOnThePhone("Our caretaker shouted at my elderly mother.", "An apology")
            .Says("yes").Asks("concern")
            .Says("Safeguarding").Tells("Flagged for a senior manager: tell them about the concern now.")
            .Asks("Is this the first time they have asked us for this?")
            .Says("no").Asks("investigated")
            .Says("no").Tells("**Suggested: General feedback.**").Asks("Log it as General feedback")
            .Says("Service request")
            .Routed("Estates", "Staff attitude")
            .ShowsCard("Service request under Complaint Handling Code (2024)", "Safeguarding (flagged for a senior manager)")
            .PressesSave()
            .Tells("Saved as **HOC-2026-00001**", "Flagged for a senior manager", "Next: If the resident is unhappy with the response to a service request")
            .ShowsCard("HOC-2026-00001")
            .RunAsync();

        var saved = await bot.OnlyCaseAsync();
        Assert.Equal((ContactKind.ServiceRequest, true), (saved.Kind, saved.SafeguardingConcern));
    }

    [Fact]
    public async Task Under_his_thanks_at_the_end_of_a_call_is_not_a_compliment_and_compliment_is_not_offered()
    {
        await using var bot = await LoggingBot.StartAsync("his");
        await bot.Chat()
            .TenantOnThePhone("Thanks for sorting my rent query.", "nothing")
            .Says("no").Asks("Are they praising")
            .Says("yes").Asks("Did they get in touch to praise us, rather than just thank us at the end of a call or visit?")
            .Says("no")
            .Tells("Under Customer Complaints & Feedback Policy 2022-2025, a customer thanking us at the end of an interaction is not recorded as a compliment.")
            .Tells("**Suggested: Other feedback.**")
            .Asks("Log it as Other feedback")
            .RunAsync();

        Assert.DoesNotContain(bot.Transcript.Lines.Last(), "Compliment", StringComparison.Ordinal);
        // The HiS thanks message says its sentence once.
        var thanks = Assert.Single(bot.Transcript.Lines, l => l.Contains("thanking us at the end of an interaction", StringComparison.Ordinal));
        Assert.Equal(1, thanks.Split("not recorded as a compliment").Length - 1);
    }

    [Fact]
    public async Task Staff_can_choose_another_category_than_the_one_suggested()
    {
        await using var bot = await LoggingBot.StartAsync("wch");
        await bot.Chat()
            .TenantOnThePhone("The contractor turned up late again.", "nothing")
            .Says("yes").Asks("concern")
            .Says("no").Asks("first time")
            .Says("no").Asks("investigated")
            .Says("no").Tells("**Suggested: Grumble (general feedback).**").Asks("Log it as Grumble")
            .Says("Complaint").Asks("When did the issue happen?")
            .RunAsync();
    }

    [Fact]
    public async Task Changing_the_category_on_the_summary_to_a_complaint_asks_only_the_complaint_questions_then_shows_the_summary_again()
    {
        await using var bot = await LoggingBot.StartAsync("hoc-2024");
        var questions = bot.Policy.Exclusions.Where(e => e.Id != "issue-too-old").Select(e => e.Question);
        await bot.Chat()
            .TenantOnThePhone("The contractor turned up late again.", "nothing")
            .Says("yes").Asks("concern")
            .Says("no").Asks("first time")
            .Says("no").Asks("investigated")
            .Says("no").Tells("Suggested").Asks("Log it as General feedback")
            .Says("1")
            .Routed()
            .ShowsCard("General feedback under Complaint Handling Code (2024)")
            .PressesChange("category")
            .Tells("**Suggested: General feedback.**").Asks("Log it as General feedback")
            .Says("Complaint").Asks("When did the issue happen?")
            .Says("14/12/2026")
            .NoExclusionApplies(questions)
            .ShowsCard("Complaint, Stage 1, under Complaint Handling Code (2024)", "Mon 14 Dec 2026", "Repairs")
            .PressesSave()
            .Tells("Saved as **HOC-2026-00001**")
            .ShowsCard("HOC-2026-00001")
            .RunAsync();

        var saved = await bot.OnlyCaseAsync();
        Assert.Equal(("complaint", "Repairs", "Heating"), (saved.CategoryId, saved.ServiceArea, saved.Theme));
    }

    [Fact]
    public async Task A_complaint_chosen_over_the_guided_answers_is_still_asked_about_health_and_safety_and_safeguarding()
    {
        await using var bot = await LoggingBot.StartAsync("cfp-2018");
        await bot.Chat()
            .TenantOnThePhone("There is a gas smell in the stairwell and nobody has come.", "Send someone now")
            .Says("no").Asks("praising")
            .Says("no").Asks("asking us to do something")
            .Says("yes").Tells("**Suggested: Service request.**").Asks("Log it as Service request")
            .Says("Complaint").Asks("Does it raise a health and safety or safeguarding concern?")
            .Says("Health and safety").Tells("a health and safety concern is always a complaint", "flagged for a senior manager")
            .Asks("When did the issue happen?")
            .RunAsync();
    }
}
